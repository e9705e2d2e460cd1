package org.guildhall.notifications.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * What to tell one member, and why: {@code sourceId} is the consumed event's id, or for a scheduled reminder an id
 * derived from its reason, so that the pair (source, recipient, kind) names one notification for good.
 */
public record Notice(UUID sourceId, String memberId, NoticeKind kind, String title, String body) {

    public Notice {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(kind, "kind");
    }

    /** The stable id of a scheduled reason, e.g. {@code reasonId("event-reminder", eventId, startsAt)}. */
    public static UUID reasonId(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part).append('|');
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }
}
