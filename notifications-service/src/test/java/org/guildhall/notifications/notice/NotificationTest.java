package org.guildhall.notifications.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void shouldTakeCategoryAndCriticalityFromItsKind() {
        Notification cancelled = Notification.of(notice(NoticeKind.EVENT_CANCELLED), true, NOW);

        assertThat(cancelled.kind()).isEqualTo("event-cancelled");
        assertThat(cancelled.category()).isEqualTo(Category.EVENTS);
        assertThat(cancelled.critical()).isTrue();
        assertThat(cancelled.isUnread()).isTrue();
    }

    @Test
    void shouldKeepTheFirstReadTime() {
        Notification notification = Notification.of(notice(NoticeKind.WELCOME), true, NOW);

        notification.markRead(NOW.plusSeconds(5));
        notification.markRead(NOW.plusSeconds(10));

        assertThat(notification.readAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void shouldReadWhatItArchives() {
        Notification notification = Notification.of(notice(NoticeKind.WELCOME), true, NOW);

        notification.archive(NOW.plusSeconds(5));

        assertThat(notification.isArchived()).isTrue();
        assertThat(notification.isUnread()).isFalse();
    }

    @Test
    void shouldDeriveTheSameReasonIdForTheSameReason() {
        assertThat(Notice.reasonId("event-reminder", "e1", NOW))
                .isEqualTo(Notice.reasonId("event-reminder", "e1", NOW));
        assertThat(Notice.reasonId("event-reminder", "e1", NOW))
                .isNotEqualTo(Notice.reasonId("event-reminder", "e1", NOW.plusSeconds(1)));
    }

    @Test
    void shouldNameKindsBySlug() {
        assertThat(NoticeKind.bySlug("seat-offer-expiring")).contains(NoticeKind.SEAT_OFFER_EXPIRING);
    }

    private static Notice notice(NoticeKind kind) {
        return new Notice(UUID.randomUUID(), "ada", kind, "title", "body");
    }
}
