package org.guildhall.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.local.Platform;
import org.guildhall.local.RunningService;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives a test the whole platform, started once per test JVM from the packaged services: PostgreSQL and Kafka on free
 * ports, a fresh signing key, the four services as processes (notifications-service's reminder job every
 * {@link #REMINDERS_EVERY}). It stops when the test run ends (and, failing that,
 * when the JVM exits), or before a class that needs the platform with Keycloak ({@link TestPlatforms#shared}: one at a
 * time). Its home, with the services' logs, stays in {@code target/platform-*}; when a test fails, the end of each log
 * is printed.
 *
 * <p>Use {@code @ExtendWith(GuildhallPlatform.class)} and take a {@link Platform} parameter.
 */
public final class GuildhallPlatform implements BeforeAllCallback, ParameterResolver, TestWatcher {

    static final String KIND = "platform";

    /**
     * How often notifications-service's reminder job runs here (production: every minute): {@code ScaleOutIT} waits
     * until the job of each of its replicas has run while a reminder was due.
     */
    static final Duration REMINDERS_EVERY = Duration.ofSeconds(10);

    /** The platform of this JVM, started on first use. */
    static Platform platform() {
        List<String> javaOptions = new ArrayList<>(Platform.DEFAULT_JAVA_OPTIONS);
        // a system property outranks application.properties; only notifications-service reads it
        javaOptions.add("-Dguildhall.reminders.every=" + REMINDERS_EVERY.toSeconds() + "s");
        return TestPlatforms.shared(KIND, builder -> builder.javaOptions(javaOptions));
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
        List<RunningService> services = new ArrayList<>(running.processes());
        services.addAll(running.replicas());
        TestPlatforms.printTails(services.stream().map(RunningService::logFile).toList(), context.getDisplayName());
    }
}
