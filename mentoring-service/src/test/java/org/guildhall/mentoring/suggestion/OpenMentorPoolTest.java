package org.guildhall.mentoring.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.mentoring.Mentoring.suggestedTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.guildhall.mentoring.Community;
import org.guildhall.mentoring.Mentoring;
import org.guildhall.mentoring.Requests;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.Postgres;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The open mentors held in memory against writers that commit while others are between their counter's trigger and
 * their commit: two plain JDBC transactions, as the database sees the membership listener and a mentor's first
 * publication.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class OpenMentorPoolTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    @Inject
    Community community;

    /**
     * The member's lapse checks whether they are a mentor when it commits (V6); their first mentor profile, committed
     * just after that check and before the lapse commits, must still leave them out of the pool afterwards.
     */
    @Test
    void shouldForgetAMentorWhoLapsesWhileTheirFirstProfileIsPublished() throws Exception {
        String language = Community.privateLanguage();
        String mentee = community.activeEarlyCareerMember(language);
        Mentoring.declareMentee(mentee, Requests.menteeSharing(language));
        String mentor = community.activeSeniorEngineer(language);

        try (Connection lapse = connect();
                Connection publication = connect()) {
            lapse.setAutoCommit(false);
            publication.setAutoCommit(false);
            try (PreparedStatement lapsing =
                    lapse.prepareStatement("update member_snapshot set status = 'LAPSED' where member_id = ?")) {
                lapsing.setString(1, mentor);
                assertThat(lapsing.executeUpdate()).isOne();
            }
            // the deferred trigger runs now instead of at commit: the widest window between its check and the commit
            try (Statement now = lapse.createStatement()) {
                now.execute("set constraints mentor_pool_member_changed immediate");
            }
            try (PreparedStatement publishing = publication.prepareStatement(
                    "insert into mentor_profile (member_id, topics, industries, offers, languages, time_zone, capacity,"
                            + " accepting_requests, updated_at) values (?, '[\"data-engineering\"]', '[\"software\"]',"
                            + " '[\"TECHNICAL_DEPTH\"]', ?::jsonb, 'Europe/London', 2, true, now())")) {
                publishing.setString(1, mentor);
                publishing.setString(2, "[\"" + language + "\"]");
                publishing.executeUpdate();
            }
            CompletableFuture<Void> published = CompletableFuture.runAsync(() -> commit(publication));
            int lapsePid = backendPid(lapse);
            await().atMost(Duration.ofSeconds(30)).until(() -> published.isDone() || someoneWaitsFor(lapsePid));

            suggestedTo(mentee); // loads the pool while the lapse is still uncommitted
            lapse.commit();
            published.get();
        }

        assertThat(suggestedTo(mentee)).doesNotContain(mentor);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                Postgres.USER,
                Postgres.PASSWORD);
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet pid = query.executeQuery("select pg_backend_pid()")) {
            pid.next();
            return pid.getInt(1);
        }
    }

    /** Whether any session waits for a lock that the session {@code pid} holds. */
    private static boolean someoneWaitsFor(int pid) throws SQLException {
        try (Connection observer = connect();
                PreparedStatement query = observer.prepareStatement(
                        "select exists (select 1 from pg_stat_activity where ? = any (pg_blocking_pids(pid)))")) {
            query.setInt(1, pid);
            try (ResultSet waiting = query.executeQuery()) {
                waiting.next();
                return waiting.getBoolean(1);
            }
        }
    }
}
