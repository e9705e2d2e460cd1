package org.guildhall.notifications.vocabulary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What to tell one member, and why: {@code sourceId} is the consumed event's id, or for a scheduled reminder an id
 * derived from its reason, so that the pair (source, recipient, kind) names one notification for good. Where the
 * title or body names another member or quotes them, it holds a placeholder of {@code mentions} ({@link Mentions}).
 */
public record Notice(
        UUID sourceId,
        String memberId,
        NoticeKind kind,
        String title,
        String body,
        List<Mention> mentions,
        CalendarEntry calendar) {

    public Notice {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(kind, "kind");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A notice without a calendar entry. */
    public Notice(UUID sourceId, String memberId, NoticeKind kind, String title, String body, List<Mention> mentions) {
        this(sourceId, memberId, kind, title, body, mentions, null);
    }

    /** The same notice, with an entry for the member's calendar. */
    public Notice withCalendar(CalendarEntry entry) {
        return new Notice(sourceId, memberId, kind, title, body, mentions, entry);
    }

    /** A notice that names and quotes nobody but its recipient. */
    public Notice(UUID sourceId, String memberId, NoticeKind kind, String title, String body) {
        this(sourceId, memberId, kind, title, body, List.of());
    }

    /** A notice whose title and body hold placeholders of {@code mentions}. */
    public Notice(UUID sourceId, String memberId, NoticeKind kind, String title, String body, Mentions mentions) {
        this(sourceId, memberId, kind, title, body, mentions.list());
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
