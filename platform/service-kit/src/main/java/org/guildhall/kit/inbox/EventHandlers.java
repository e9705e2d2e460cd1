package org.guildhall.kit.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.guildhall.contracts.EventType;

/**
 * What a consumer does with each event type it reads, built once: {@code EventHandlers.on(MEMBER_JOINED,
 * this::memberJoined).on(...)}. Types without a handler are skipped, so producers can add types freely.
 */
public final class EventHandlers {

    private final Map<String, Registration<?>> byType;

    private EventHandlers(Map<String, Registration<?>> byType) {
        this.byType = byType;
    }

    public static <P> EventHandlers on(EventType<P> type, Consumer<IncomingEvent<P>> handler) {
        return new EventHandlers(Map.of()).and(type, handler);
    }

    public <P> EventHandlers and(EventType<P> type, Consumer<IncomingEvent<P>> handler) {
        Map<String, Registration<?>> more = new LinkedHashMap<>(byType);
        more.put(type.type(), new Registration<>(type, handler));
        return new EventHandlers(Map.copyOf(more));
    }

    Optional<Registration<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    record Registration<P>(EventType<P> type, Consumer<IncomingEvent<P>> handler) {}
}
