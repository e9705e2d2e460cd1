package org.guildhall.members.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ConnectionRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static ConnectionRequest adaAsksGrace() {
        return ConnectionRequest.ask("ada", "grace", "We met at the summit", NOW);
    }

    @Test
    void aNewRequestShouldBePending() {
        assertThat(adaAsksGrace().status()).isEqualTo(ConnectionRequest.Status.PENDING);
    }

    @Test
    void nobodyShouldAskThemselves() {
        assertThatThrownBy(() -> ConnectionRequest.ask("ada", "ada", null, NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("yourself");
    }

    @Test
    void theRecipientShouldAcceptOrDecline() {
        ConnectionRequest accepted = adaAsksGrace();
        accepted.accept("grace", NOW);
        assertThat(accepted.status()).isEqualTo(ConnectionRequest.Status.ACCEPTED);
        assertThat(accepted.decidedAt()).isEqualTo(NOW);

        ConnectionRequest declined = adaAsksGrace();
        declined.decline("grace", NOW);
        assertThat(declined.status()).isEqualTo(ConnectionRequest.Status.DECLINED);
    }

    @Test
    void onlyTheRecipientShouldAnswerAndOnlyTheRequesterWithdraw() {
        ConnectionRequest request = adaAsksGrace();
        assertThatThrownBy(() -> request.accept("ada", NOW)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> request.decline("eve", NOW)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> request.withdraw("grace", NOW)).isInstanceOf(ProblemException.class);

        request.withdraw("ada", NOW);
        assertThat(request.status()).isEqualTo(ConnectionRequest.Status.WITHDRAWN);
    }

    @Test
    void aDecidedRequestShouldNotChangeAgain() {
        ConnectionRequest request = adaAsksGrace();
        request.decline("grace", NOW);
        assertThatThrownBy(() -> request.accept("grace", NOW))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("DECLINED");
    }

    @Test
    void aConnectionShouldBeStoredOnceWhicheverWayItIsMade() {
        Connection one = Connection.between("grace", "ada", Connection.Via.REQUEST, NOW);
        assertThat(one.memberId()).isEqualTo("ada");
        assertThat(one.otherThan("ada")).isEqualTo("grace");
        assertThat(one.otherThan("grace")).isEqualTo("ada");
    }
}
