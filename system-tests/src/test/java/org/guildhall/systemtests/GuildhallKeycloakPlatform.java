package org.guildhall.systemtests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.local.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives a test the whole platform secured as in production: a real Keycloak (the distribution Maven unpacked into
 * {@code target/keycloak}, system property {@code guildhall.keycloak.dist}) with the realm of {@code deploy/keycloak}
 * imported, the four packaged services verifying its tokens ({@code QUARKUS_OIDC_AUTH_SERVER_URL}, audience
 * checked), and the packaged web application signing people in with it. Started once per test JVM and shared by the
 * classes that use it, which run first ({@code @Order}); stopped before a class that needs the platform without
 * Keycloak ({@link TestPlatforms#shared}: one at a time), or started anew after a test stopped one of its services. The
 * classes share Keycloak's realm and its people (ada, grace, linus) and the services' data: a class that needs them as
 * they were imported, or that counts what the whole platform holds, says so where it takes its place in the order. Its
 * home, with the logs of Keycloak and the services, stays in {@code target/keycloak-platform-*}.
 *
 * <p>Use {@code @ExtendWith(GuildhallKeycloakPlatform.class)} and take a {@link Platform} parameter; its
 * {@link Platform#keycloak()} gives tokens.
 */
public final class GuildhallKeycloakPlatform implements BeforeAllCallback, ParameterResolver, TestWatcher {

    static final String KIND = "keycloak-platform";

    static Platform platform() {
        Path distribution = Path.of(System.getProperty("guildhall.keycloak.dist", "target/keycloak/keycloak"));
        return TestPlatforms.shared(
                KIND, builder -> builder.keycloak(distribution).web(0));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        platform();
        TestPlatforms.stopWhenTheRunEnds(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Platform running = TestPlatforms.running(KIND);
        if (running == null) {
            return;
        }
        List<Path> logs = new ArrayList<>();
        logs.add(running.keycloak().logFile());
        running.processes().forEach(service -> logs.add(service.logFile()));
        TestPlatforms.printTails(logs, context.getDisplayName());
    }
}
