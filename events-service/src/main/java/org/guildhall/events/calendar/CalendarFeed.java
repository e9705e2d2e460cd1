package org.guildhall.events.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** A member's personal calendar feed: whoever knows the secret URL reads it, so the member can rotate it. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "member_id")
    private String memberId;

    private String secret;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    protected CalendarFeed() {}

    public static CalendarFeed issue(String memberId, Instant now) {
        CalendarFeed feed = new CalendarFeed();
        feed.memberId = memberId;
        feed.rotate(now);
        return feed;
    }

    /** A new secret; the old URL stops working at once. */
    public void rotate(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        rotatedAt = now;
    }

    public String memberId() {
        return memberId;
    }

    public String secret() {
        return secret;
    }

    public Instant rotatedAt() {
        return rotatedAt;
    }
}
