package org.guildhall.notifications.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.Set;
import org.guildhall.contracts.events.AttendanceRecorded;
import org.guildhall.contracts.events.EventCancelled;
import org.guildhall.contracts.events.EventCompleted;
import org.guildhall.contracts.events.EventPublished;
import org.guildhall.contracts.events.EventRescheduled;
import org.guildhall.contracts.events.RegistrationCancelled;
import org.guildhall.contracts.events.RegistrationConfirmed;
import org.guildhall.contracts.events.RegistrationWaitlisted;
import org.guildhall.contracts.events.SeatOfferExpired;
import org.guildhall.contracts.events.SeatOffered;
import org.guildhall.contracts.events.VolunteerReleased;
import org.guildhall.contracts.events.VolunteerShiftCompleted;
import org.guildhall.contracts.events.VolunteerSignedUp;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;

/** What guildhall.events events tell members, and the schedules, registrations and shift places kept from them. */
@ApplicationScoped
public class EventsNotices {

    private final Notifier notifier;
    private final EventScheduleRepository schedules;
    private final RegistrationRepository registrations;
    private final ShiftPlaceRepository places;

    EventsNotices(
            Notifier notifier,
            EventScheduleRepository schedules,
            RegistrationRepository registrations,
            ShiftPlaceRepository places) {
        this.notifier = notifier;
        this.schedules = schedules;
        this.registrations = registrations;
        this.places = places;
    }

    void published(IncomingEvent<EventPublished> event) {
        EventPublished published = event.payload();
        schedule(published.eventId(), published.title())
                .schedule(published.title(), published.startsAt(), published.endsAt(), published.timeZone());
    }

    void rescheduled(IncomingEvent<EventRescheduled> event) {
        EventRescheduled moved = event.payload();
        schedule(moved.eventId(), moved.title())
                .schedule(moved.title(), moved.startsAt(), moved.endsAt(), moved.timeZone());
        for (String memberId : everyoneExpectedAt(moved.eventId())) {
            notifier.tell(new Notice(
                    event.id(),
                    memberId,
                    NoticeKind.EVENT_RESCHEDULED,
                    moved.title() + " has moved",
                    moved.title() + " now starts at " + moved.startsAt() + " (it was " + moved.previousStartsAt()
                            + "). Your place is kept."));
        }
    }

    void cancelled(IncomingEvent<EventCancelled> event) {
        EventCancelled cancelled = event.payload();
        Set<String> told = everyoneExpectedAt(cancelled.eventId());
        schedule(cancelled.eventId(), cancelled.title()).cancel();
        registrations.ofEvent(cancelled.eventId()).forEach(Registration::cancel);
        places.heldFor(cancelled.eventId()).forEach(ShiftPlace::release);
        for (String memberId : told) {
            notifier.tell(new Notice(
                    event.id(),
                    memberId,
                    NoticeKind.EVENT_CANCELLED,
                    cancelled.title() + " is cancelled",
                    cancelled.title() + " will not take place"
                            + (cancelled.reason() == null ? "." : ": " + cancelled.reason() + ".")));
        }
    }

    /** Erasure: the member's registrations and shift places go. */
    void memberErased(@Observes MemberErased erased) {
        registrations.deleteOf(erased.memberId());
        places.deleteOf(erased.memberId());
    }

    void completed(IncomingEvent<EventCompleted> event) {
        schedule(event.payload().eventId(), event.payload().title()).complete();
    }

    void registrationConfirmed(IncomingEvent<RegistrationConfirmed> event) {
        RegistrationConfirmed confirmed = event.payload();
        EventSchedule schedule = schedule(confirmed.eventId(), confirmed.eventTitle());
        if (schedule.startsAt() == null) {
            schedule.schedule(confirmed.eventTitle(), confirmed.eventStartsAt(), null, null);
        }
        registration(confirmed.registrationId(), confirmed.eventId(), confirmed.memberId())
                .confirm();
        notifier.tell(new Notice(
                event.id(),
                confirmed.memberId(),
                NoticeKind.REGISTRATION_CONFIRMED,
                "You have a seat at " + confirmed.eventTitle(),
                "Your registration is confirmed. " + confirmed.eventTitle() + " starts at " + confirmed.eventStartsAt()
                        + "."));
    }

    void registrationWaitlisted(IncomingEvent<RegistrationWaitlisted> event) {
        RegistrationWaitlisted waitlisted = event.payload();
        schedule(waitlisted.eventId(), waitlisted.eventTitle());
        registration(waitlisted.registrationId(), waitlisted.eventId(), waitlisted.memberId())
                .waitlist();
        notifier.tell(new Notice(
                event.id(),
                waitlisted.memberId(),
                NoticeKind.REGISTRATION_WAITLISTED,
                "You are on the waitlist for " + waitlisted.eventTitle(),
                "The event is full; you are number " + waitlisted.position()
                        + " on the waitlist. We will offer you a seat as soon as one frees up."));
    }

    /**
     * A seat is offered; offered again (same registration, a new {@code claimBy}) when the event moved and the deadline
     * with it. The expiring-offer reminder is keyed by {@code claimBy}, so it follows the new deadline.
     */
    void seatOffered(IncomingEvent<SeatOffered> event) {
        SeatOffered offered = event.payload();
        schedule(offered.eventId(), offered.eventTitle());
        Registration registration = registration(offered.registrationId(), offered.eventId(), offered.memberId());
        boolean deadlineMoved = registration.isOffered() && !offered.claimBy().equals(registration.claimBy());
        registration.offerSeat(offered.claimBy());
        notifier.tell(
                deadlineMoved
                        ? new Notice(
                                event.id(),
                                offered.memberId(),
                                NoticeKind.SEAT_OFFERED,
                                "Your seat offer for " + offered.eventTitle() + " has a new deadline",
                                offered.eventTitle()
                                        + " has moved, and the seat offered to you with it. Claim it before "
                                        + offered.claimBy() + ", or it passes to the next person.")
                        : new Notice(
                                event.id(),
                                offered.memberId(),
                                NoticeKind.SEAT_OFFERED,
                                "A seat at " + offered.eventTitle() + " is yours to claim",
                                "A seat freed up. Claim it before " + offered.claimBy()
                                        + ", or it passes to the next person."));
    }

    void seatOfferExpired(IncomingEvent<SeatOfferExpired> event) {
        SeatOfferExpired expired = event.payload();
        registration(expired.registrationId(), expired.eventId(), expired.memberId())
                .offerExpired();
        notifier.tell(new Notice(
                event.id(),
                expired.memberId(),
                NoticeKind.SEAT_OFFER_EXPIRED,
                "Your seat offer for " + expired.eventTitle() + " expired",
                "The seat was not claimed in time and passed on."));
    }

    void registrationCancelled(IncomingEvent<RegistrationCancelled> event) {
        RegistrationCancelled cancelled = event.payload();
        registration(cancelled.registrationId(), cancelled.eventId(), cancelled.memberId())
                .cancel();
        notifier.tell(new Notice(
                event.id(),
                cancelled.memberId(),
                NoticeKind.REGISTRATION_CANCELLED,
                "Your registration for " + cancelled.eventTitle() + " is cancelled",
                "You no longer hold a place at " + cancelled.eventTitle() + "."));
    }

    void attendanceRecorded(IncomingEvent<AttendanceRecorded> event) {
        AttendanceRecorded attended = event.payload();
        schedule(attended.eventId(), attended.eventTitle());
        Registration registration = registration(attended.registrationId(), attended.eventId(), attended.memberId());
        if (!registration.isActive()) {
            registration.confirm();
        }
        registration.attend(attended.sharesAttendance());
    }

    void volunteerSignedUp(IncomingEvent<VolunteerSignedUp> event) {
        VolunteerSignedUp signedUp = event.payload();
        places.findByIdOptional(new ShiftPlace.Key(signedUp.shiftId(), signedUp.memberId()))
                .ifPresentOrElse(
                        place -> place.signUpAgain(signedUp.roleName(), signedUp.startsAt(), signedUp.endsAt()),
                        () -> places.persist(ShiftPlace.signUp(
                                signedUp.shiftId(),
                                signedUp.memberId(),
                                signedUp.eventId(),
                                signedUp.roleName(),
                                signedUp.startsAt(),
                                signedUp.endsAt())));
        String title = titleOf(signedUp.eventId());
        notifier.tell(new Notice(
                event.id(),
                signedUp.memberId(),
                NoticeKind.VOLUNTEER_SIGNED_UP,
                "You are volunteering: " + signedUp.roleName(),
                "You hold a place as " + signedUp.roleName() + " at " + title + ", from " + signedUp.startsAt() + " to "
                        + signedUp.endsAt() + ". Thank you."));
    }

    void volunteerReleased(IncomingEvent<VolunteerReleased> event) {
        VolunteerReleased released = event.payload();
        places.findByIdOptional(new ShiftPlace.Key(released.shiftId(), released.memberId()))
                .ifPresent(ShiftPlace::release);
        notifier.tell(new Notice(
                event.id(),
                released.memberId(),
                NoticeKind.VOLUNTEER_RELEASED,
                "You are released from " + released.roleName(),
                "You no longer hold the " + released.roleName() + " shift at " + titleOf(released.eventId())
                        + " starting " + released.startsAt() + "."));
    }

    void shiftCompleted(IncomingEvent<VolunteerShiftCompleted> event) {
        VolunteerShiftCompleted completed = event.payload();
        places.findByIdOptional(new ShiftPlace.Key(completed.shiftId(), completed.memberId()))
                .ifPresent(ShiftPlace::complete);
        notifier.tell(new Notice(
                event.id(),
                completed.memberId(),
                NoticeKind.SHIFT_COMPLETED,
                "Thank you for volunteering at " + titleOf(completed.eventId()),
                "Your " + completed.roleName() + " shift is done and " + completed.hours()
                        + " hours are credited to you. Thank you for giving your time."));
    }

    /** Registrants still holding, offered or waiting for a seat, and volunteers holding a shift. */
    private Set<String> everyoneExpectedAt(String eventId) {
        Set<String> members = new LinkedHashSet<>();
        registrations.ofEvent(eventId).stream()
                .filter(Registration::isActive)
                .map(Registration::memberId)
                .forEach(members::add);
        places.heldFor(eventId).stream().map(ShiftPlace::memberId).forEach(members::add);
        return members;
    }

    private EventSchedule schedule(String eventId, String title) {
        return schedules.findByIdOptional(eventId).orElseGet(() -> {
            EventSchedule schedule = EventSchedule.known(eventId, title, null);
            schedules.persist(schedule);
            return schedule;
        });
    }

    private Registration registration(String registrationId, String eventId, String memberId) {
        return registrations.findByIdOptional(registrationId).orElseGet(() -> {
            Registration registration = Registration.of(registrationId, eventId, memberId);
            registrations.persist(registration);
            return registration;
        });
    }

    private String titleOf(String eventId) {
        return schedules.findByIdOptional(eventId).map(EventSchedule::title).orElse("the event");
    }
}
