package org.guildhall.contracts;

import java.util.List;
import java.util.Optional;
import org.guildhall.contracts.membership.MembershipEvents;

/** Every event type of the published language. */
public final class EventTypes {

    private static final List<EventType<?>> ALL = List.copyOf(MembershipEvents.ALL);

    private EventTypes() {}

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(candidate -> candidate.type().equals(type)).findFirst();
    }
}
