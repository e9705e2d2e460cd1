package org.guildhall.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.time.Duration;
import org.guildhall.kit.readmodel.NotYetKnown;
import org.hibernate.exception.GenericJDBCException;
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
    void aRealAgroalPoolStillWaitingForANewConnectionShouldBeABusyServiceNotAnError() throws Exception {
        // Agroal's other timeout ("Acquisition timeout while waiting for new connection"): the pool is growing and the
        // database is slow to accept; on a loaded machine members-service answered these joins with 500 (issue 17 §2)
        try (ServerSocket silentDatabase = new ServerSocket(0);
                AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                        .connectionPoolConfiguration(configuration -> configuration
                                .maxSize(1)
                                .acquisitionTimeout(Duration.ofMillis(200))
                                .connectionFactoryConfiguration(factory -> factory.jdbcUrl(
                                                "jdbc:postgresql://localhost:" + silentDatabase.getLocalPort() + "/x")
                                        .principal(new NamePrincipal("nobody"))
                                        .credential(new SimplePassword("none")))))) {
            SQLException exhausted = catchThrowableOfType(SQLException.class, pool::getConnection);
            var hibernate = new GenericJDBCException("Unable to acquire JDBC Connection", exhausted);

            var response = mappers.database(hibernate);

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(((Problem) response.getEntity()).type().toString()).endsWith("/busy");
            assertThat(mappers.unexpected(hibernate).getStatus()).isEqualTo(503);
        }
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

    /**
     * A client that hung up while its request was read or its answer written (a timed-out client, a closed tab) is not
     * our failure: no 500 with an error id, no stack trace at ERROR. In the whole-platform benchmark members-service
     * logged 2,929 "Unexpected error"s for the load generator's timed-out joins (issue 17 §2). The exceptions are the
     * ones seen there: Netty's closed channel under two IOExceptions, and Vert.x's closed connection.
     */
    @Test
    void aClientThatHungUpShouldNotBeAnInternalError() {
        for (Throwable hangUp : java.util.List.of(
                new IOException(new IOException(new ClosedChannelException())),
                new IOException(new HttpClosedException("Connection was closed")),
                new HttpClosedException("Connection was closed"))) {
            var response = mappers.unexpected(hangUp);

            assertThat(response.getStatus()).as("%s", hangUp).isEqualTo(400);
            assertThat(((Problem) response.getEntity()).type().toString()).endsWith("/request-incomplete");
        }
        assertThat(mappers.unexpected(new IOException("disk full")).getStatus()).isEqualTo(500);
    }
}
