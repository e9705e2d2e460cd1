package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalKeycloakTest {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void shouldRunInDevelopmentModeWithTheRealmImportedAndDataKeptOnlyWhenAsked() {
        Path distribution = Path.of("/opt/keycloak-" + LocalKeycloak.VERSION);

        assertThat(LocalKeycloak.command(distribution, 8180, false))
                .containsExactly(
                        distribution.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--import-realm",
                        "--http-port=8180",
                        "--db=dev-mem");
        assertThat(LocalKeycloak.command(distribution, 8180, true)).endsWith("--db=dev-file");
        assertThat(LocalKeycloak.environment(Path.of("/usr/lib/jvm/java-17")))
                .containsEntry("JAVA_HOME", "/usr/lib/jvm/java-17")
                .containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    }

    @Test
    void shouldKeepTheDistributionUnderTheLaunchersHome() {
        assertThat(LocalKeycloak.distributionIn(Path.of("/repo/.guildhall")))
                .isEqualTo(Path.of("/repo/.guildhall/keycloak/keycloak-" + LocalKeycloak.VERSION));
    }

    @Test
    void shouldUseOneKeycloakVersionInTheLauncherTheScriptAndTheSystemTests() throws Exception {
        assertThat(Files.readString(REPO.resolve("guildhall")))
                .contains("KEYCLOAK_VERSION=" + LocalKeycloak.VERSION + "\n");
        assertThat(Files.readString(REPO.resolve("system-tests/pom.xml")))
                .contains("<keycloak.version>" + LocalKeycloak.VERSION + "</keycloak.version>");
    }

    @Test
    void shouldKnowTheDemoUsersOfTheRealm() throws Exception {
        String realm = Files.readString(REPO.resolve("deploy/keycloak/guildhall-realm.json"));
        LocalKeycloak.DEMO_PASSWORDS.forEach((user, password) -> assertThat(realm)
                .contains("\"username\": \"" + user + "\"")
                .contains("\"value\": \"" + password + "\""));
        assertThat(realm).contains("\"clientId\": \"" + LocalKeycloak.CLIENT + "\"");
    }
}
