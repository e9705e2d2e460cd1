package org.guildhall.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.events.event.Event;
import org.guildhall.events.event.EventCalledOff;
import org.guildhall.events.event.EventChanged;
import org.guildhall.events.event.EventRepository;
import org.guildhall.events.event.SeatRelease;
import org.guildhall.events.membership.MemberErasure;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.events.time.StoredInstants;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Registration and the waitlist. Every change of seats holds the event's row lock for one short transaction: the
 * member's standing is read before it, and the outbox row is written inside it, so what is published is what happened.
 */
@ApplicationScoped
public class RegistrationDesk {

    private static final String LIVE_PER_MEMBER = "registration_live_per_member";

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final MemberSnapshotRepository standings;
    private final Outbox outbox;
    private final Clock clock;

    RegistrationDesk(
            EventRepository events,
            RegistrationRepository registrations,
            MemberSnapshotRepository standings,
            Outbox outbox,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.standings = standings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Registers the member: a seat while any is free, else the end of the waitlist. Twice gives the first back.
     *
     * <p>Every registration for the event queues on its row lock, so only what needs it happens while it is held (issue
     * 17 §4): the member's standing and their live registration are read before; under the lock the seat or the
     * waitlist place is counted on the event row, and the registration, the event row and the outbox row are written.
     * Two registrations of one member racing for the same event both pass the first read; the unique index of live
     * registrations refuses the later one with a {@link PersistenceException} that {@link #lostToTheSameMember} knows,
     * and the caller registers again, which gives the first back.
     */
    @Transactional
    public Registered register(UUID eventId, String memberId, boolean sharesAttendance) {
        Optional<MemberSnapshot> standing = standings.findByIdOptional(memberId);
        Optional<Registration> existing = registrations.findLive(eventId, memberId);
        if (existing.isPresent()) {
            return new Registered(existing.get(), positionOf(existing.get()), false);
        }
        Event event = events.lock(eventId);
        Instant now = StoredInstants.now(clock);
        event.admit(standing, now);
        String key = eventId.toString();
        if (event.hasFreeSeat()) {
            Registration registration = Registration.confirmed(event, memberId, sharesAttendance, now);
            registrations.persist(registration);
            registrations.flush(); // here rather than at commit, so that a racing twin fails where it is recognised
            outbox.record(EventsEvents.REGISTRATION_CONFIRMED, key, registration.confirmedEvent(event));
            return new Registered(registration, 0, true);
        }
        Registration registration = Registration.waitlisted(event, memberId, sharesAttendance, now);
        int position = event.waitlisted(); // the last in line: counted on the event, not over the waiting rows
        registrations.persist(registration);
        registrations.flush();
        outbox.record(EventsEvents.REGISTRATION_WAITLISTED, key, registration.waitlistedEvent(event, position));
        return new Registered(registration, position, true);
    }

    /**
     * Whether {@link #register} failed because another registration of the same member for the same event committed
     * first (the unique index {@code registration_live_per_member}); registering again then gives that one back.
     */
    public static boolean lostToTheSameMember(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && LIVE_PER_MEMBER.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /** The member leaves (a seat, an offer, or the waitlist); a coordinator may cancel for them. */
    @Transactional
    public Registered cancel(UUID eventId, UUID registrationId, String actor, boolean coordinator) {
        Event event = events.lock(eventId);
        Registration registration = owned(eventId, registrationId, actor, coordinator);
        Instant now = StoredInstants.now(clock);
        EndReason reason = registration.memberId().equals(actor) ? EndReason.MEMBER : EndReason.COORDINATOR;
        boolean freed = registration.cancel(event, reason, now);
        outbox.record(EventsEvents.REGISTRATION_CANCELLED, eventId.toString(), registration.cancelledEvent(event));
        if (freed) {
            passOnFreedSeats(event, now);
        }
        return new Registered(registration, 0, false);
    }

    @Transactional
    public Registered claim(UUID eventId, UUID registrationId, String memberId) {
        Optional<MemberSnapshot> standing = standings.findByIdOptional(memberId);
        Event event = events.lock(eventId);
        Registration registration = owned(eventId, registrationId, memberId, false);
        if (registration.status() == RegistrationStatus.OFFERED) {
            registration.claim(event, standing, StoredInstants.now(clock));
            outbox.record(EventsEvents.REGISTRATION_CONFIRMED, eventId.toString(), registration.confirmedEvent(event));
        } else {
            registration.claim(event, standing, StoredInstants.now(clock));
        }
        return new Registered(registration, 0, false);
    }

    @Transactional
    public Registered shareAttendance(UUID eventId, UUID registrationId, String memberId, boolean share) {
        events.lock(eventId);
        Registration registration = owned(eventId, registrationId, memberId, false);
        registration.shareAttendance(share);
        return new Registered(registration, positionOf(registration), false);
    }

    @Transactional
    public Registered find(UUID eventId, UUID registrationId, String actor, boolean coordinator) {
        Registration registration = owned(eventId, registrationId, actor, coordinator);
        return new Registered(registration, positionOf(registration), false);
    }

    @Transactional
    public Registered mine(UUID eventId, String memberId) {
        Registration registration = registrations
                .findLive(eventId, memberId)
                .orElseThrow(() -> ProblemException.notFound("registration", "of yours for this event"));
        return new Registered(registration, positionOf(registration), false);
    }

    @Transactional
    public List<Registered> waitlist(UUID eventId) {
        events.find(eventId);
        List<Registration> waiting = registrations.waitlist(eventId);
        return java.util.stream.IntStream.range(0, waiting.size())
                .mapToObj(index -> new Registered(waiting.get(index), index + 1, false))
                .toList();
    }

    @Transactional
    public Page<Registered> ofEvent(UUID eventId, RegistrationStatus status, int page, int size) {
        events.find(eventId);
        var query = registrations.ofEvent(eventId, status);
        List<Registered> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream()
                .map(registration -> new Registered(registration, positionOf(registration), false))
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    /** Ends the offers whose claim deadline has passed and passes their seats on; returns how many expired. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int expireOverdueOffers() {
        Instant now = StoredInstants.now(clock);
        int expired = 0;
        for (UUID eventId : registrations.eventsWithOverdueOffers(now)) {
            Event event = events.lock(eventId);
            for (Registration offer : registrations.overdueOffers(eventId, now)) {
                offer.expireOffer(event, now);
                outbox.record(EventsEvents.SEAT_OFFER_EXPIRED, eventId.toString(), offer.offerExpiredEvent(event));
                expired++;
            }
            passOnFreedSeats(event, now);
        }
        return expired;
    }

    void eventCalledOff(@Observes EventCalledOff calledOff) {
        Event event = calledOff.event();
        for (Registration registration : registrations.live(event.id())) {
            registration.cancel(event, EndReason.EVENT_CANCELLED, calledOff.at());
            outbox.record(
                    EventsEvents.REGISTRATION_CANCELLED, event.id().toString(), registration.cancelledEvent(event));
        }
    }

    /**
     * After an edit, every open offer's deadline is worked out again from the event as it is now (announced again as
     * {@code SeatOffered} with the new {@code claimBy}); an offer whose deadline has now passed ends, and free seats
     * (more capacity, an ended offer) go to the waitlist.
     */
    void eventChanged(@Observes EventChanged changed) {
        Event event = changed.event();
        Instant now = changed.at();
        String key = event.id().toString();
        for (Registration offer : registrations.openOffers(event.id())) {
            if (!offer.reviseClaimDeadline(event)) {
                continue;
            }
            if (offer.isOfferOverdue(now)) {
                offer.expireOffer(event, now);
                outbox.record(EventsEvents.SEAT_OFFER_EXPIRED, key, offer.offerExpiredEvent(event));
            } else {
                outbox.record(EventsEvents.SEAT_OFFERED, key, offer.offeredEvent(event));
            }
        }
        passOnFreedSeats(event, now);
    }

    /** An erased member's live registrations end (their seats pass on); the rest keep a pseudonym. */
    void memberErased(@Observes MemberErasure erased) {
        Instant now = StoredInstants.now(clock);
        for (Registration registration : registrations.liveOfMember(erased.memberId())) {
            Event event = events.lock(registration.eventId());
            registration.eraseMember(erased.pseudonym());
            boolean freed = registration.cancel(event, EndReason.MEMBER_ERASED, now);
            outbox.record(
                    EventsEvents.REGISTRATION_CANCELLED, event.id().toString(), registration.cancelledEvent(event));
            if (freed) {
                passOnFreedSeats(event, now);
            }
        }
        registrations.ofMember(erased.memberId()).forEach(registration -> registration.eraseMember(erased.pseudonym()));
    }

    /**
     * Free seats go to the waitlist in arrival order: confirmed at once, or offered, as the event says. Once the event
     * has begun they stay free: an offer or a seat given after the start could no longer be used. A waiting member
     * the event would not seat now (their membership lapsed or was suspended since they joined the line, or their tier
     * is no longer allowed) is passed over and keeps their place: a seat or an offer they could not use helps nobody.
     */
    private void passOnFreedSeats(Event event, Instant now) {
        if (event.hasBegun(now)) {
            return;
        }
        String key = event.id().toString();
        for (Registration registration : registrations.waitlist(event.id())) {
            if (!event.hasFreeSeat()) {
                return;
            }
            if (!event.seats(standings.findByIdOptional(registration.memberId()))) {
                continue;
            }
            if (event.seatRelease() == SeatRelease.OFFER) {
                registration.offer(event, event.claimDeadlineFor(now), now);
                outbox.record(EventsEvents.SEAT_OFFERED, key, registration.offeredEvent(event));
            } else {
                registration.confirmFromWaitlist(event, now);
                outbox.record(EventsEvents.REGISTRATION_CONFIRMED, key, registration.confirmedEvent(event));
            }
        }
    }

    private Registration owned(UUID eventId, UUID registrationId, String actor, boolean coordinator) {
        Registration registration = registrations
                .findInEvent(eventId, registrationId)
                .orElseThrow(() -> ProblemException.notFound("registration", registrationId.toString()));
        if (!coordinator && !registration.memberId().equals(actor)) {
            throw ProblemException.forbidden("You may act only on your own registrations");
        }
        return registration;
    }

    private int positionOf(Registration registration) {
        return registration.status() == RegistrationStatus.WAITLISTED ? registrations.positionOf(registration) : 0;
    }
}
