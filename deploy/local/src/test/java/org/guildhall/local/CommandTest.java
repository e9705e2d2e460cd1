package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void shouldParseTheSimpleCommands() {
        assertThat(Command.parse("up")).isEqualTo(new Command.Up());
        assertThat(Command.parse("status")).isEqualTo(new Command.Status());
        assertThat(Command.parse()).isEqualTo(new Command.Help());
        assertThat(Command.parse("help")).isEqualTo(new Command.Help());
        assertThat(Command.parse("--help")).isEqualTo(new Command.Help());
    }

    @Test
    void shouldStopWithinADefaultOrGivenTimeout() {
        assertThat(Command.parse("down")).isEqualTo(new Command.Down(Duration.ofSeconds(60)));
        assertThat(Command.parse("down", "--timeout", "5")).isEqualTo(new Command.Down(Duration.ofSeconds(5)));
        assertThat(Command.parse("down", "--timeout=0")).isEqualTo(new Command.Down(Duration.ZERO));
        assertThatThrownBy(() -> Command.parse("down", "--timeout", "soon"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessage("--timeout takes a number of seconds, got: soon");
        assertThatThrownBy(() -> Command.parse("down", "--timeout"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessageContaining("down takes no arguments but --timeout <seconds>");
        assertThatThrownBy(() -> Command.parse("down", "--force"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessageContaining("down takes no arguments but --timeout <seconds>");
    }

    @Test
    void shouldGiveATokenTheMemberRoleByDefault() {
        assertThat(Command.parse("token", "alice"))
                .isEqualTo(new Command.Token("alice", List.of("member"), null, null));
    }

    @Test
    void shouldReadTokenOptionsInEitherForm() {
        assertThat(Command.parse(
                        "token",
                        "--roles",
                        "member, coordinator,member",
                        "bob",
                        "--email=bob@example.org",
                        "--name",
                        "Bob Builder"))
                .isEqualTo(
                        new Command.Token("bob", List.of("member", "coordinator"), "bob@example.org", "Bob Builder"));
        assertThat(Command.parse("token", "carol", "--roles=admin"))
                .isEqualTo(new Command.Token("carol", List.of("admin"), null, null));
    }

    @Test
    void shouldRunWithKeycloakWhenAsked() {
        assertThat(Command.parse("up")).isEqualTo(new Command.Up(false));
        assertThat(Command.parse("up", "--keycloak")).isEqualTo(new Command.Up(true));
    }

    @Test
    void shouldAskKeycloakForATokenWithTheGivenOrTheDemoPassword() {
        assertThat(Command.parse("token", "grace", "--keycloak")).isEqualTo(new Command.KeycloakToken("grace", null));
        assertThat(Command.parse("token", "--keycloak", "--password=s3cret-enough", "hedy"))
                .isEqualTo(new Command.KeycloakToken("hedy", "s3cret-enough"));
    }

    @Test
    void shouldNotMixKeycloakTokensWithLocalClaims() {
        assertThatThrownBy(() -> Command.parse("token", "ada", "--keycloak", "--roles", "admin", "--name", "Ada"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessage("--roles, --name cannot go with --keycloak: Keycloak's realm says who the user is and"
                        + " their roles");
        assertThatThrownBy(() -> Command.parse("token", "ada", "--password", "x"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessage("--password goes with --keycloak only");
    }

    @Test
    void shouldRejectWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> Command.parse("stop"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessage("unknown command: stop");
        assertThatThrownBy(() -> Command.parse("up", "--fast"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessageContaining("up takes no arguments");
        assertThatThrownBy(() -> Command.parse("token"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessageContaining("token needs a user");
        assertThatThrownBy(() -> Command.parse("token", "alice", "bob"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessageContaining("one user");
        assertThatThrownBy(() -> Command.parse("token", "alice", "--roles"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessage("--roles needs a value");
        assertThatThrownBy(() -> Command.parse("token", "alice", "--roles", "member,,admin"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessageContaining("not a role: ''");
        assertThatThrownBy(() -> Command.parse("token", "alice", "--role", "admin"))
                .isInstanceOf(Command.UsageException.class)
                .hasMessage("unknown option for token: --role");
        assertThatThrownBy(() -> Command.parse("token", "alice", "--email="))
                .isInstanceOf(Command.UsageException.class)
                .hasMessage("--email must not be blank");
    }
}
