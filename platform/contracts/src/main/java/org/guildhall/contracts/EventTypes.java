package org.guildhall.contracts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.contracts.membership.MembershipEvents;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.contracts.notifications.NotificationsEvents;

/** Every event type of the published language. */
public final class EventTypes {

    private static final List<EventType<?>> ALL = Stream.of(
                    MembershipEvents.ALL, EventsEvents.ALL, MentoringEvents.ALL, NotificationsEvents.ALL)
            .flatMap(List::stream)
            .toList();

    private EventTypes() {}

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(candidate -> candidate.type().equals(type)).findFirst();
    }
}
