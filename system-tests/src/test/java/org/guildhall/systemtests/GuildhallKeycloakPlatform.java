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
 * checked), and the packaged web application signing people in with it. Started for a test class and stopped after it: two platforms in one test JVM mean two Kafka brokers in it,
 * and with a second broker running, {@code BrokerOutageIT}'s broker restart left members-service hanging. Its home, with
 * the logs of Keycloak and the services, stays in {@code target/keycloak-platform-*}.
 *
 * <p>Use {@code @ExtendWith(GuildhallKeycloakPlatform.class)} and take a {@link Platform} parameter; its
 * {@link Platform#keycloak()} gives tokens.
 */
public final class GuildhallKeycloakPlatform implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(GuildhallKeycloakPlatform.class);

    private static Platform platform;
    private static RuntimeException startFailure;

    static synchronized Platform platform() {
        if (startFailure != null) {
            throw new IllegalStateException(
                    "the platform with Keycloak did not start: " + startFailure.getMessage(), startFailure);
        }
        if (platform == null) {
            Path distribution = Path.of(System.getProperty("guildhall.keycloak.dist", "target/keycloak/keycloak"));
            try {
                platform = TestPlatforms.start("keycloak-platform", builder -> builder.keycloak(distribution)
                        .web(0));
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return platform;
    }

    /** Stops the platform; the next test class that asks starts a new one. */
    private static synchronized void stop() {
        if (platform != null) {
            try {
                platform.close();
            } finally {
                platform = null;
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        platform();
        // the test class's store closes what it holds when the class is done
        context.getStore(NAMESPACE).put(Platform.class, (AutoCloseable) GuildhallKeycloakPlatform::stop);
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
        Platform running;
        synchronized (GuildhallKeycloakPlatform.class) {
            running = platform;
        }
        if (running == null) {
            return;
        }
        List<Path> logs = new ArrayList<>();
        logs.add(running.keycloak().logFile());
        running.processes().forEach(service -> logs.add(service.logFile()));
        TestPlatforms.printTails(logs, context.getDisplayName());
    }
}
