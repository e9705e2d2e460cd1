package org.guildhall.web.shell;

import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One part of a page loaded from one service: its value, or the fact that the service did not answer, so that the
 * rest of the page still renders and this part says so ({@code {#if section.failed}}).
 */
public final class Section<T> {

    private static final Logger LOG = Logger.getLogger(Section.class);

    private final T value;
    private final boolean failed;

    private Section(T value, boolean failed) {
        this.value = value;
        this.failed = failed;
    }

    /** Calls {@code load}; any failure (a refusal, a timeout, a service that is down) leaves {@code fallback}. */
    public static <T> Section<T> load(Supplier<T> load, T fallback) {
        try {
            return new Section<>(load.get(), false);
        } catch (RuntimeException e) {
            LOG.warnf("a part of a page could not be loaded: %s", e.toString());
            return new Section<>(fallback, true);
        }
    }

    public T value() {
        return value;
    }

    public boolean failed() {
        return failed;
    }
}
