package org.guildhall.systemtests;

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
 * ports, a fresh signing key, the four services as processes. It stops when the test run ends (and, failing that,
 * when the JVM exits). Its home, with the services' logs, stays in {@code target/platform-*}; when a test fails, the
 * end of each log is printed.
 *
 * <p>Use {@code @ExtendWith(GuildhallPlatform.class)} and take a {@link Platform} parameter.
 */
public final class GuildhallPlatform implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(GuildhallPlatform.class);

    private static Platform platform;
    private static RuntimeException startFailure;

    /** The platform of this JVM, started on first use. */
    static synchronized Platform platform() {
        if (startFailure != null) {
            throw new IllegalStateException("the platform did not start: " + startFailure.getMessage(), startFailure);
        }
        if (platform == null) {
            try {
                platform = TestPlatforms.start("platform", builder -> builder);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return platform;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Platform started = platform();
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        if (store.get(Platform.class) == null) {
            // the root store closes what it holds when the whole test run ends
            store.put(Platform.class, started);
        }
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
        synchronized (GuildhallPlatform.class) {
            running = platform;
        }
        if (running == null) {
            return;
        }
        List<RunningService> services = new ArrayList<>(running.processes());
        services.addAll(running.replicas());
        TestPlatforms.printTails(services.stream().map(RunningService::logFile).toList(), context.getDisplayName());
    }
}
