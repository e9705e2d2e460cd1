package org.guildhall.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.guildhall.kit.readmodel.NotYetKnown;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anExhaustedConnectionPoolShouldBeABusyServiceNotAnError() {
        var response = mappers.database(new PersistenceException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(((Problem) response.getEntity()).type().toString()).endsWith("/busy");
    }

    @Test
    void aLockWaitThatRanOutOrADeadlockShouldBeABusyService() {
        assertThat(mappers.database(new PersistenceException(
                                "lock", new SQLException("canceling statement due to lock timeout", "55P03")))
                        .getStatus())
                .isEqualTo(503);
        assertThat(mappers.database(new PersistenceException("deadlock", new SQLException("deadlock", "40P01")))
                        .getStatus())
                .isEqualTo(503);
    }

    @Test
    void anyOtherDatabaseFailureShouldStayAnOpaqueInternalError() {
        var response = mappers.database(new PersistenceException(
                "boom", new SQLException("relation \"secret_table\" does not exist", "42P01")));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("secret_table");
    }

    @Test
    void aDomainProblemShouldKeepItsStatusAndKind() {
        var response = mappers.domain(ProblemException.conflict("member-already-joined", "Joined already"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).type().toString()).endsWith("/member-already-joined");
    }

    @Test
    void aProblemWorthRetryingShouldSayWhenToRetry() {
        var response = mappers.domain(NotYetKnown.member("m-1"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).type().toString())
                .isEqualTo("https://guildhall.org/problems/member-not-yet-known");
    }

    @Test
    void aProblemNotWorthRetryingShouldCarryNoRetryAfter() {
        assertThat(mappers.domain(ProblemException.forbidden("no")).getHeaderString("Retry-After"))
                .isNull();
    }
}
