package org.guildhall.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.events.EventCancelled;
import org.guildhall.contracts.events.EventCompleted;
import org.guildhall.contracts.events.EventPublished;
import org.guildhall.contracts.events.EventRescheduled;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.events.time.StoredInstants;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.kit.readmodel.NotYetKnown;

/**
 * An event and its seats. Seat counts change only while the event row is locked ({@link EventRepository#lock}), so
 * {@code seatsTaken} never passes {@code capacity}, {@code nextArrival} orders the waitlist by arrival and
 * {@code waitlisted} is the number of members waiting.
 */
@Entity
@Table(name = "event")
public class Event {

    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Id
    private UUID id;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "time_zone")
    private String timeZone;

    private String venue;

    @Column(name = "online_url")
    private String onlineUrl;

    private int capacity;

    @Column(name = "registration_opens_at")
    private Instant registrationOpensAt;

    @Column(name = "registration_closes_at")
    private Instant registrationClosesAt;

    @Column(name = "members_only")
    private boolean membersOnly;

    @Column(name = "allowed_tiers")
    private String allowedTiers;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_release")
    private SeatRelease seatRelease;

    @Column(name = "offer_claim_hours")
    private int offerClaimHours;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "seats_taken")
    private int seatsTaken;

    @Column(name = "next_arrival")
    private long nextArrival;

    @Column(name = "waitlisted")
    private int waitlisted;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Event() {}

    /** A coordinator drafts an event; nobody but coordinators sees it until it is published. */
    public static Event draft(EventDetails details, String coordinator, Instant now) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.status = EventStatus.DRAFT;
        event.createdBy = coordinator;
        event.createdAt = now;
        event.nextArrival = 1;
        event.apply(details, now);
        return event;
    }

    /**
     * A coordinator changes the event. A published event may move (the result says so, to announce it), but never
     * below the seats already taken.
     *
     * @return the announcement when a published event moved
     */
    public Optional<EventRescheduled> edit(EventDetails details, Instant now) {
        if (status == EventStatus.COMPLETED || status == EventStatus.CANCELLED) {
            throw ProblemException.conflict(
                    "event-closed", named() + " is " + statusWord() + " and can no longer change");
        }
        if (details.capacity() < seatsTaken) {
            throw ProblemException.conflict(
                    "capacity-below-registrations",
                    "capacity: " + seatsTaken + " seats are taken; the capacity cannot go below that");
        }
        Instant previousStart = startsAt;
        Instant previousEnd = endsAt;
        String previousZone = timeZone;
        apply(details, now);
        boolean moved =
                !startsAt.equals(previousStart) || !endsAt.equals(previousEnd) || !timeZone.equals(previousZone);
        if (status == EventStatus.PUBLISHED && moved) {
            return Optional.of(new EventRescheduled(
                    id.toString(), title, startsAt, endsAt, timeZone, previousStart, previousEnd, now));
        }
        return Optional.empty();
    }

    private void apply(EventDetails details, Instant now) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw ProblemException.badRequest("invalid-schedule", "endsAt: must be after startsAt");
        }
        if (details.registrationOpensAt() != null
                && details.registrationClosesAt() != null
                && !details.registrationClosesAt().isAfter(details.registrationOpensAt())) {
            throw ProblemException.badRequest(
                    "invalid-registration-window", "registrationClosesAt: must be after registrationOpensAt");
        }
        if (details.registrationClosesAt() != null
                && details.registrationClosesAt().isAfter(details.endsAt())) {
            throw ProblemException.badRequest(
                    "invalid-registration-window", "registrationClosesAt: must not be after endsAt");
        }
        if (isBlank(details.venue()) && isBlank(details.onlineUrl())) {
            throw ProblemException.badRequest("venue-required", "venue: give a venue or an onlineUrl");
        }
        title = details.title().strip();
        description = details.description();
        kind = details.kind();
        startsAt = StoredInstants.stored(details.startsAt());
        endsAt = StoredInstants.stored(details.endsAt());
        timeZone = details.timeZone();
        venue = details.venue();
        onlineUrl = details.onlineUrl();
        capacity = details.capacity();
        registrationOpensAt = StoredInstants.stored(details.registrationOpensAt());
        registrationClosesAt = StoredInstants.stored(details.registrationClosesAt());
        membersOnly = details.membersOnly();
        allowedTiers = details.allowedTiers() == null
                ? ""
                : String.join(
                        ",",
                        details.allowedTiers().stream()
                                .map(String::strip)
                                .distinct()
                                .toList());
        seatRelease = details.seatRelease();
        offerClaimHours = details.offerClaimHours();
        updatedAt = now;
    }

    public EventPublished publish(Instant now) {
        if (status != EventStatus.DRAFT) {
            throw ProblemException.conflict("event-not-draft", named() + " is " + statusWord() + ", not a draft");
        }
        status = EventStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        return new EventPublished(
                id.toString(), title, kind.name(), startsAt, endsAt, timeZone, venue, onlineUrl, capacity, publishedAt);
    }

    /** Calls the event off; the caller cancels its registrations, offers and volunteer places with it. */
    public EventCancelled cancel(String reason, Instant now) {
        if (status != EventStatus.DRAFT && status != EventStatus.PUBLISHED) {
            throw ProblemException.conflict("event-closed", named() + " is already " + statusWord());
        }
        status = EventStatus.CANCELLED;
        cancellationReason = reason.strip();
        seatsTaken = 0;
        waitlisted = 0;
        updatedAt = now;
        return new EventCancelled(id.toString(), title, cancellationReason, now);
    }

    public EventCompleted complete(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw ProblemException.conflict("event-not-published", named() + " is " + statusWord());
        }
        if (now.isBefore(startsAt)) {
            throw ProblemException.conflict("event-not-started", named() + " starts " + localTime(startsAt));
        }
        status = EventStatus.COMPLETED;
        updatedAt = now;
        return new EventCompleted(id.toString(), title, now);
    }

    /**
     * Refuses a registration that this event does not take now from this member: it must be published, within its
     * window, and, when members-only, the member must be active in an allowed tier; a member this service does not
     * know yet is {@link NotYetKnown}, never refused.
     */
    public void admit(Optional<MemberSnapshot> standing, Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "event-not-open", named() + " is " + statusWord() + " and takes no registrations");
        }
        if (registrationOpensAt != null && now.isBefore(registrationOpensAt)) {
            throw ProblemException.conflict(
                    "registration-not-open", "Registration for event " + id + " opens at " + registrationOpensAt);
        }
        Instant closes = registrationClosesAt != null ? registrationClosesAt : startsAt;
        if (!now.isBefore(closes)) {
            throw ProblemException.conflict(
                    "registration-closed", "Registration for event " + id + " closed at " + closes);
        }
        admitMember(standing);
    }

    /**
     * Refuses a member this event, as it is now, does not seat: when members-only, one who is not in good standing now
     * or not in an allowed tier. Checked on registering and again when an offered seat is claimed, since a standing
     * (or the event's tiers) may have changed since the member joined the line.
     */
    public void admitMember(Optional<MemberSnapshot> standing) {
        if (!membersOnly) {
            return;
        }
        // no standing yet is a member whose joining has not reached us, not a refusal (ReadModelLag waits for it)
        MemberSnapshot member = standing.orElseThrow(NotYetKnown::caller);
        if (!member.isActive()) {
            throw ProblemException.forbidden(named() + " is for active members only");
        }
        List<String> tiers = allowedTiers();
        if (!tiers.isEmpty() && !tiers.contains(member.tier())) {
            throw new ProblemException(
                    "tier-not-allowed",
                    "Forbidden",
                    403,
                    named() + " is for the tiers " + tiers + "; your tier is " + member.tier());
        }
    }

    /** Whether the event, as it is now, seats this member (see {@link #admitMember}); unknown members it does not. */
    public boolean seats(Optional<MemberSnapshot> standing) {
        if (!membersOnly) {
            return true;
        }
        List<String> tiers = allowedTiers();
        return standing.filter(MemberSnapshot::isActive)
                .filter(member -> tiers.isEmpty() || tiers.contains(member.tier()))
                .isPresent();
    }

    public boolean hasFreeSeat() {
        return seatsTaken < capacity;
    }

    public void takeSeat() {
        if (!hasFreeSeat()) {
            throw new IllegalStateException("event " + id + " has no free seat");
        }
        seatsTaken++;
    }

    public void freeSeat() {
        if (seatsTaken == 0) {
            throw new IllegalStateException("event " + id + " has no seat taken");
        }
        seatsTaken--;
    }

    /**
     * A member joins the end of the waitlist, which only a full event has; only called with the event locked.
     *
     * @return their position in it, 1 for the first to be served
     */
    public int joinWaitlist() {
        if (hasFreeSeat()) {
            throw new IllegalStateException("event " + id + " has a free seat; nobody waits for it");
        }
        return ++waitlisted;
    }

    /** A member leaves the waitlist: seated, offered a seat, or gone; only called with the event locked. */
    public void leaveWaitlist() {
        if (waitlisted == 0) {
            throw new IllegalStateException("event " + id + " has nobody waiting");
        }
        waitlisted--;
    }

    /** How many members wait for a seat. */
    public int waitlisted() {
        return waitlisted;
    }

    /** The next place in the order of arrival; only called with the event locked. */
    public long nextArrival() {
        return nextArrival++;
    }

    public Duration offerClaimWindow() {
        return Duration.ofHours(offerClaimHours);
    }

    /**
     * Whether the event has begun: from then on a freed seat is no longer passed to the waitlist, since neither an
     * offer nor a late confirmation could still be used to come.
     */
    public boolean hasBegun(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Until when a seat offered at {@code offeredAt} may be claimed: the claim window, but never past the start. */
    public Instant claimDeadlineFor(Instant offeredAt) {
        Instant windowEnds = offeredAt.plus(offerClaimWindow());
        return windowEnds.isAfter(startsAt) ? startsAt : windowEnds;
    }

    /** Refuses a claim of an offered seat that the event, as it is now, no longer honours. */
    public void requireClaimable(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "event-not-open", named() + " is " + statusWord() + "; its seats can no longer be claimed");
        }
        if (hasBegun(now)) {
            throw ProblemException.conflict(
                    "seat-offer-expired", named() + " began " + localTime(startsAt) + "; its seat offers have ended");
        }
    }

    /** Refuses a change to the volunteer roster (a role, a shift) once the event is cancelled or completed. */
    public void requireRosterOpen() {
        if (status != EventStatus.DRAFT && status != EventStatus.PUBLISHED) {
            throw ProblemException.conflict("event-closed", named() + " is " + statusWord() + "; its roster is closed");
        }
    }

    /**
     * Refuses a volunteer the event does not take now: members volunteer for a published event; a coordinator may
     * also assign one to a draft, to build its roster before it is published.
     */
    public void requireTakesVolunteers(boolean assignedByCoordinator) {
        if (status != EventStatus.PUBLISHED && !(assignedByCoordinator && status == EventStatus.DRAFT)) {
            throw ProblemException.conflict(
                    "event-not-open", named() + " is " + statusWord() + " and takes no volunteers");
        }
    }

    /**
     * A period as the clock reads where the event is, for a sentence: "Thu 4 Dec 2026 18:00–20:00 (Europe/Berlin)",
     * the end with its day when it falls on another one.
     */
    public String localPeriod(Instant start, Instant end) {
        ZoneId zone = ZoneId.of(timeZone);
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime until = end.atZone(zone);
        String ends =
                from.toLocalDate().equals(until.toLocalDate()) ? until.format(CLOCK_TIME) : until.format(DAY_AND_TIME);
        return from.format(DAY_AND_TIME) + "\u2013" + ends + " (" + zone.getId() + ")";
    }

    public boolean isVisibleToMembers() {
        return status != EventStatus.DRAFT;
    }

    public boolean isCheckInOpen() {
        return status == EventStatus.PUBLISHED || status == EventStatus.COMPLETED;
    }

    public List<String> allowedTiers() {
        return allowedTiers == null || allowedTiers.isEmpty() ? List.of() : Arrays.asList(allowedTiers.split(","));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * How a problem detail names this event to a person: its title in quotes ("“Thursday meetup”"), never its id.
     */
    public String named() {
        return "\u201c" + title + "\u201d";
    }

    /** The event's status as a word for a sentence: "draft", "published", "cancelled", "completed". */
    public String statusWord() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code instant} as the clock reads where the event is, for a sentence: "on Thu 4 Dec 2026 at 18:00
     * (Europe/Berlin)".
     */
    public String localTime(Instant instant) {
        ZoneId zone = ZoneId.of(timeZone);
        return "on " + LOCAL_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public EventKind kind() {
        return kind;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String timeZone() {
        return timeZone;
    }

    public String venue() {
        return venue;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public int capacity() {
        return capacity;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public Instant registrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant registrationClosesAt() {
        return registrationClosesAt;
    }

    public boolean membersOnly() {
        return membersOnly;
    }

    public SeatRelease seatRelease() {
        return seatRelease;
    }

    public int offerClaimHours() {
        return offerClaimHours;
    }

    public EventStatus status() {
        return status;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
