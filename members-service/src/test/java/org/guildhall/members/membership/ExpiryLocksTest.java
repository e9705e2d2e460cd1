package org.guildhall.members.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import javax.sql.DataSource;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** The expiry job's row locks wait at most guildhall.members.lock-timeout (kit RowLocks), like every other lock. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ExpiryLocksTest {

    @Inject
    MembershipRegister register;

    @Inject
    DataSource dataSource;

    @Test
    void theExpiryJobShouldAnswerBusyRatherThanWaitForAMembershipAnotherTransactionHolds() throws Exception {
        String ada = Community.activeMember("ada");
        // her membership ran out a day ago; the clock is not moved, so no other member falls due with her
        try (Connection connection = dataSource.getConnection();
                PreparedStatement expire =
                        connection.prepareStatement("update member set expires_at = ? where id = ?")) {
            expire.setTimestamp(1, Timestamp.from(TestClock.CLOCK.instant().minus(Duration.ofDays(1))));
            expire.setString(2, ada);
            expire.executeUpdate();
        }

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from member where id = ? for update")) {
                lock.setString(1, ada);
                lock.executeQuery();
            }
            assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThatThrownBy(register::applyExpiries)
                    .isInstanceOfSatisfying(ProblemException.class, busy -> {
                        assertThat(busy.problem().status()).isEqualTo(503);
                        assertThat(busy.problem().type().toString()).endsWith("/busy");
                    }));
            holder.rollback();
        }

        // once the lock is gone the job moves her (a run takes at most 500, so it may take a few runs)
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            register.applyExpiries();
            return "GRACE"
                    .equals(given().auth()
                            .oauth2(Community.member(ada))
                            .get("/members/me")
                            .then()
                            .extract()
                            .path("status"));
        });
    }
}
