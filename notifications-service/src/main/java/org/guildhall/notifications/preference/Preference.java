package org.guildhall.notifications.preference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.Channel;

/**
 * What one member wants to hear and how: channels per category (all on until switched off), e-mail immediately or
 * in a daily digest at a local hour, and quiet hours in their own time zone during which e-mail waits.
 */
@Entity
@Table(name = "preference")
public class Preference {

    public static final int DEFAULT_DIGEST_HOUR = 8;

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_mode")
    private EmailMode emailMode;

    @Column(name = "digest_hour")
    private int digestHour;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_until")
    private LocalTime quietUntil;

    @Column(name = "time_zone")
    private String timeZone;

    /** The language notices are written in (a tag: en, de); null to follow the member's profile. */
    private String language;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "channel_opt_out", joinColumns = @JoinColumn(name = "member_id"))
    private Set<ChannelOptOut> optOuts = new HashSet<>();

    protected Preference() {}

    /** Everything on, e-mail immediately, no quiet hours: what a member gets until they choose. */
    public static Preference defaultsFor(String memberId, Instant now) {
        Preference preference = new Preference();
        preference.memberId = memberId;
        preference.emailMode = EmailMode.IMMEDIATE;
        preference.digestHour = DEFAULT_DIGEST_HOUR;
        preference.updatedAt = now;
        return preference;
    }

    /** Replaces every choice at once. Quiet hours need both ends; a zone, when given, overrides the profile's. */
    public void change(
            EmailMode emailMode,
            int digestHour,
            LocalTime quietFrom,
            LocalTime quietUntil,
            String timeZone,
            Set<ChannelOptOut> optOuts,
            Instant now) {
        if (digestHour < 0 || digestHour > 23) {
            throw ProblemException.badRequest("bad-digest-hour", "digestHour must be an hour from 0 to 23");
        }
        if ((quietFrom == null) != (quietUntil == null)) {
            throw ProblemException.badRequest(
                    "incomplete-quiet-hours", "quiet hours need both a start (from) and an end (until)");
        }
        if (quietFrom != null && quietFrom.equals(quietUntil)) {
            throw ProblemException.badRequest("empty-quiet-hours", "quiet hours must not start and end at once");
        }
        this.emailMode = emailMode;
        this.digestHour = digestHour;
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
        this.timeZone = timeZone;
        this.optOuts.clear();
        this.optOuts.addAll(optOuts);
        this.updatedAt = now;
    }

    /** Switches one channel of one category off; the rest stays as chosen. */
    public void switchOff(Category category, Channel channel, Instant now) {
        optOuts.add(new ChannelOptOut(category, channel));
        updatedAt = now;
    }

    public boolean allows(Category category, Channel channel) {
        return !optOuts.contains(new ChannelOptOut(category, channel));
    }

    /** The zone the member's hours are read in: their own choice here, else their profile's, else UTC. */
    public ZoneId zone(Optional<String> profileZone) {
        return Optional.ofNullable(timeZone)
                .or(() -> profileZone)
                .map(ZoneId::of)
                .orElse(ZoneId.of("UTC"));
    }

    /**
     * When an e-mail of {@code category} goes out. An opt-out always wins; a critical one then goes now; others wait
     * for the daily digest, or for the end of quiet hours.
     */
    public EmailDecision decideEmail(Category category, boolean critical, ZoneId zone, Instant now) {
        if (!allows(category, Channel.EMAIL)) {
            return EmailDecision.suppress("e-mail for " + category + " is switched off");
        }
        if (critical) {
            return EmailDecision.sendAt(now);
        }
        if (emailMode == EmailMode.DAILY_DIGEST) {
            return EmailDecision.batchUntil(nextDigestAt(zone, now));
        }
        return quietHoursEnd(zone, now).map(EmailDecision::deferUntil).orElseGet(() -> EmailDecision.sendAt(now));
    }

    /** The next digest time: today's digest hour in the member's zone if still ahead, else tomorrow's. */
    public Instant nextDigestAt(ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime digest = local.toLocalDate().atTime(digestHour, 0).atZone(zone);
        if (!digest.isAfter(local)) {
            digest = local.toLocalDate().plusDays(1).atTime(digestHour, 0).atZone(zone);
        }
        return digest.toInstant();
    }

    /** When the quiet hours around {@code now} end, if {@code now} falls in them. Hours may span midnight. */
    public Optional<Instant> quietHoursEnd(ZoneId zone, Instant now) {
        if (quietFrom == null) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = quietFrom.isAfter(quietUntil);
        boolean quiet = spansMidnight
                ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        if (!quiet) {
            return Optional.empty();
        }
        LocalDate endDay = time.isBefore(quietUntil)
                ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        return Optional.of(endDay.atTime(quietUntil).atZone(zone).toInstant());
    }

    public String memberId() {
        return memberId;
    }

    public EmailMode emailMode() {
        return emailMode;
    }

    public int digestHour() {
        return digestHour;
    }

    public Optional<LocalTime> quietFrom() {
        return Optional.ofNullable(quietFrom);
    }

    public Optional<LocalTime> quietUntil() {
        return Optional.ofNullable(quietUntil);
    }

    public Optional<String> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    /** The language the member chose for their notices, if they chose one. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Chooses the language of the member's notices; null follows their profile. */
    public void writeIn(String language, Instant now) {
        this.language = language;
        this.updatedAt = now;
    }

    public Set<ChannelOptOut> optOuts() {
        return Set.copyOf(optOuts);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
