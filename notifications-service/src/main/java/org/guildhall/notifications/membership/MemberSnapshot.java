package org.guildhall.notifications.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** How to reach a member and in which zone their day runs; kept from MemberJoined and MemberProfileUpdated. */
@Entity
@Table(name = "member_contact")
public class MemberSnapshot {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "time_zone")
    private String timeZone;

    /** The first language of the member's profile that notices are written in (a tag: en, de), if any. */
    private String language;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MemberSnapshot() {}

    public static MemberSnapshot of(String memberId, String displayName, String email, String timeZone, Instant now) {
        MemberSnapshot contact = new MemberSnapshot();
        contact.memberId = memberId;
        contact.update(displayName, email, timeZone, now);
        return contact;
    }

    /** A newer profile replaces what is known; a missing field keeps the old value. */
    public void update(String displayName, String email, String timeZone, Instant now) {
        if (displayName != null) {
            this.displayName = displayName;
        }
        if (email != null) {
            this.email = email;
        }
        if (timeZone != null) {
            this.timeZone = timeZone;
        }
        this.updatedAt = now;
    }

    public String memberId() {
        return memberId;
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email).filter(address -> !address.isBlank());
    }

    /** The profile's languages changed: the first one notices are written in, or none. */
    public void speaks(String language) {
        this.language = language;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public Optional<String> timeZone() {
        return Optional.ofNullable(timeZone);
    }
}
