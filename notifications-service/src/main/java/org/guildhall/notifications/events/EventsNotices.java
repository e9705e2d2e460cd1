package org.guildhall.notifications.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import org.guildhall.contracts.events.ShiftRescheduled;
import org.guildhall.contracts.events.VolunteerInvited;
import org.guildhall.contracts.events.VolunteerReleased;
import org.guildhall.contracts.events.VolunteerShiftCompleted;
import org.guildhall.contracts.events.VolunteerSignedUp;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.kit.inbox.IncomingEvent;
import org.guildhall.notifications.delivery.email.WebLinks;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.CalendarEntry;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Draft;
import org.guildhall.notifications.wording.Moment;

/** What guildhall.events events tell members, and the schedules, registrations and shift places kept from them. */
@ApplicationScoped
public class EventsNotices {

    private final Notifier notifier;
    private final EventScheduleRepository schedules;
    private final RegistrationRepository registrations;
    private final ShiftPlaceRepository places;
    private final WebLinks web;

    EventsNotices(
            Notifier notifier,
            EventScheduleRepository schedules,
            RegistrationRepository registrations,
            ShiftPlaceRepository places,
            WebLinks web) {
        this.notifier = notifier;
        this.schedules = schedules;
        this.registrations = registrations;
        this.places = places;
        this.web = web;
    }

    void published(IncomingEvent<EventPublished> event) {
        EventPublished published = event.payload();
        schedule(published.eventId(), published.title(), schedule -> {
            schedule.schedule(published.title(), published.startsAt(), published.endsAt(), published.timeZone());
            schedule.takesPlace(published.venue(), published.onlineUrl());
        });
    }

    void rescheduled(IncomingEvent<EventRescheduled> event) {
        EventRescheduled moved = event.payload();
        EventSchedule schedule = schedule(
                moved.eventId(),
                moved.title(),
                known -> known.schedule(moved.title(), moved.startsAt(), moved.endsAt(), moved.timeZone()));
        for (String memberId : everyoneExpectedAt(moved.eventId())) {
            notifier.tell(Draft.of(event.id(), memberId, NoticeKind.EVENT_RESCHEDULED)
                    .with("event", moved.title())
                    .with("startsAt", schedule.moment(moved.startsAt()))
                    .with("previousStartsAt", schedule.moment(moved.previousStartsAt())));
        }
    }

    void cancelled(IncomingEvent<EventCancelled> event) {
        EventCancelled cancelled = event.payload();
        Set<String> told = everyoneExpectedAt(cancelled.eventId());
        schedule(cancelled.eventId(), cancelled.title(), EventSchedule::cancel);
        registrations.ofEvent(cancelled.eventId()).forEach(Registration::cancel);
        places.heldFor(cancelled.eventId()).forEach(ShiftPlace::release);
        for (String memberId : told) {
            notifier.tell(Draft.of(event.id(), memberId, NoticeKind.EVENT_CANCELLED)
                    .with("event", cancelled.title())
                    .with("reason", cancelled.reason()));
        }
    }

    /** Erasure: the member's registrations and shift places go. */
    void memberErased(@Observes MemberErased erased) {
        registrations.deleteOf(erased.memberId());
        places.deleteOf(erased.memberId());
    }

    void completed(IncomingEvent<EventCompleted> event) {
        schedule(event.payload().eventId(), event.payload().title(), EventSchedule::complete);
    }

    void registrationConfirmed(IncomingEvent<RegistrationConfirmed> event) {
        RegistrationConfirmed confirmed = event.payload();
        EventSchedule schedule = schedule(confirmed.eventId(), confirmed.eventTitle(), known -> {
            if (known.startsAt() == null) {
                known.schedule(confirmed.eventTitle(), confirmed.eventStartsAt(), null, null);
            }
        });
        registration(confirmed.registrationId(), confirmed.eventId(), confirmed.memberId(), Registration::confirm);
        notifier.tell(Draft.of(event.id(), confirmed.memberId(), NoticeKind.REGISTRATION_CONFIRMED)
                .with("event", confirmed.eventTitle())
                .with("startsAt", schedule.moment(confirmed.eventStartsAt()))
                .with("venue", schedule.venue())
                .with("onlineUrl", schedule.onlineUrl())
                .with("checkInCode", confirmed.checkInCode())
                .with("eventUrl", eventUrl(confirmed.eventId()))
                .calendar(schedule.calendarEntry()));
    }

    void registrationWaitlisted(IncomingEvent<RegistrationWaitlisted> event) {
        RegistrationWaitlisted waitlisted = event.payload();
        schedule(waitlisted.eventId(), waitlisted.eventTitle(), unchanged -> {});
        registration(waitlisted.registrationId(), waitlisted.eventId(), waitlisted.memberId(), Registration::waitlist);
        notifier.tell(Draft.of(event.id(), waitlisted.memberId(), NoticeKind.REGISTRATION_WAITLISTED)
                .with("event", waitlisted.eventTitle())
                .with("position", waitlisted.position()));
    }

    /**
     * A seat is offered; offered again (same registration, a new {@code claimBy}) when the event moved and the deadline
     * with it. The expiring-offer reminder is keyed by {@code claimBy}, so it follows the new deadline.
     */
    void seatOffered(IncomingEvent<SeatOffered> event) {
        SeatOffered offered = event.payload();
        schedule(offered.eventId(), offered.eventTitle(), unchanged -> {});
        boolean deadlineMoved = registrations
                .findByIdOptional(offered.registrationId())
                .filter(Registration::isOffered)
                .filter(known -> !offered.claimBy().equals(known.claimBy()))
                .isPresent();
        registration(
                offered.registrationId(),
                offered.eventId(),
                offered.memberId(),
                known -> known.offerSeat(offered.claimBy()));
        notifier.tell(Draft.of(event.id(), offered.memberId(), NoticeKind.SEAT_OFFERED)
                .variant(deadlineMoved ? "moved" : null)
                .with("event", offered.eventTitle())
                .with("eventUrl", eventUrl(offered.eventId()))
                .with("claimBy", Moment.at(offered.claimBy())));
    }

    void seatOfferExpired(IncomingEvent<SeatOfferExpired> event) {
        SeatOfferExpired expired = event.payload();
        registration(expired.registrationId(), expired.eventId(), expired.memberId(), Registration::offerExpired);
        notifier.tell(Draft.of(event.id(), expired.memberId(), NoticeKind.SEAT_OFFER_EXPIRED)
                .with("event", expired.eventTitle()));
    }

    void registrationCancelled(IncomingEvent<RegistrationCancelled> event) {
        RegistrationCancelled cancelled = event.payload();
        registration(cancelled.registrationId(), cancelled.eventId(), cancelled.memberId(), Registration::cancel);
        notifier.tell(Draft.of(event.id(), cancelled.memberId(), NoticeKind.REGISTRATION_CANCELLED)
                .with("event", cancelled.eventTitle()));
    }

    void attendanceRecorded(IncomingEvent<AttendanceRecorded> event) {
        AttendanceRecorded attended = event.payload();
        schedule(attended.eventId(), attended.eventTitle(), unchanged -> {});
        registration(attended.registrationId(), attended.eventId(), attended.memberId(), registration -> {
            if (!registration.isActive()) {
                registration.confirm();
            }
            registration.attend(attended.sharesAttendance());
        });
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
        String place = placeOf(signedUp.eventId());
        notifier.tell(Draft.of(event.id(), signedUp.memberId(), NoticeKind.VOLUNTEER_SIGNED_UP)
                .with("role", signedUp.roleName())
                .with("event", titleOf(signedUp.eventId()))
                .with("place", place)
                .with("eventUrl", eventUrl(signedUp.eventId()))
                .calendar(shiftEntry(
                        signedUp.shiftId(),
                        signedUp.eventId(),
                        signedUp.roleName(),
                        signedUp.startsAt(),
                        signedUp.endsAt()))
                .with("startsAt", momentAt(signedUp.eventId(), signedUp.startsAt()))
                .with("endsAt", momentAt(signedUp.eventId(), signedUp.endsAt())));
    }

    void volunteerReleased(IncomingEvent<VolunteerReleased> event) {
        VolunteerReleased released = event.payload();
        places.findByIdOptional(new ShiftPlace.Key(released.shiftId(), released.memberId()))
                .ifPresent(ShiftPlace::release);
        notifier.tell(Draft.of(event.id(), released.memberId(), NoticeKind.VOLUNTEER_RELEASED)
                .with("role", released.roleName())
                .with("event", titleOf(released.eventId()))
                .with("startsAt", momentAt(released.eventId(), released.startsAt())));
    }

    void shiftCompleted(IncomingEvent<VolunteerShiftCompleted> event) {
        VolunteerShiftCompleted completed = event.payload();
        places.findByIdOptional(new ShiftPlace.Key(completed.shiftId(), completed.memberId()))
                .ifPresent(ShiftPlace::complete);
        notifier.tell(Draft.of(event.id(), completed.memberId(), NoticeKind.SHIFT_COMPLETED)
                .with("event", titleOf(completed.eventId()))
                .with("role", completed.roleName())
                .with("hours", completed.hours()));
    }

    /**
     * A shift moved: every place on it takes the new times (and the role's name as it is now), so the shift reminder,
     * keyed by the shift's start, falls due at the new time, once; each volunteer holding it is told, with the shift
     * for their calendar again (same uid, new times).
     */
    void shiftRescheduled(IncomingEvent<ShiftRescheduled> event) {
        ShiftRescheduled moved = event.payload();
        for (ShiftPlace place : places.ofShift(moved.shiftId())) {
            place.reschedule(moved.roleName(), moved.startsAt(), moved.endsAt());
            if (place.isHeld()) {
                notifier.tell(Draft.of(event.id(), place.memberId(), NoticeKind.SHIFT_RESCHEDULED)
                        .with("role", moved.roleName())
                        .with("event", titleOf(moved.eventId()))
                        .with("startsAt", momentAt(moved.eventId(), moved.startsAt()))
                        .with("endsAt", momentAt(moved.eventId(), moved.endsAt()))
                        .with("previousStartsAt", momentAt(moved.eventId(), moved.previousStartsAt()))
                        .calendar(shiftEntry(
                                moved.shiftId(), moved.eventId(), moved.roleName(), moved.startsAt(), moved.endsAt())));
            }
        }
    }

    /**
     * A coordinator invites the member to a shift with an open place: a notice (inbox and e-mail) with the shift's
     * role, event and times, and the link to sign up for it on the web application's volunteering page.
     */
    void volunteerInvited(IncomingEvent<VolunteerInvited> event) {
        VolunteerInvited invited = event.payload();
        notifier.tell(Draft.of(event.id(), invited.memberId(), NoticeKind.VOLUNTEER_INVITED)
                .with("role", invited.roleName())
                .with("event", titleOf(invited.eventId()))
                .with("place", placeOf(invited.eventId()))
                .with("startsAt", momentAt(invited.eventId(), invited.startsAt()))
                .with("endsAt", momentAt(invited.eventId(), invited.endsAt()))
                .with("signUpUrl", signUpUrl(invited.eventId(), invited.shiftId())));
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

    /**
     * The event's schedule after {@code change}. One first learnt of here is stored after the change, so that it costs
     * one insert at the flush (Hibernate would insert the state at {@code persist} and then update it).
     */
    private EventSchedule schedule(String eventId, String title, Consumer<EventSchedule> change) {
        Optional<EventSchedule> known = schedules.findByIdOptional(eventId);
        EventSchedule schedule = known.orElseGet(() -> EventSchedule.known(eventId, title, null));
        change.accept(schedule);
        if (known.isEmpty()) {
            schedules.persist(schedule);
        }
        return schedule;
    }

    /** The registration after {@code change}; one first learnt of here is stored after it, as {@link #schedule}. */
    private void registration(String registrationId, String eventId, String memberId, Consumer<Registration> change) {
        Optional<Registration> known = registrations.findByIdOptional(registrationId);
        Registration registration = known.orElseGet(() -> Registration.of(registrationId, eventId, memberId));
        change.accept(registration);
        if (known.isEmpty()) {
            registrations.persist(registration);
        }
    }

    /** A time at the event, with its zone when known. */
    private Moment momentAt(String eventId, java.time.Instant at) {
        return schedules
                .findByIdOptional(eventId)
                .map(schedule -> schedule.moment(at))
                .orElseGet(() -> Moment.at(at));
    }

    /** A shift for the member's calendar: the uid events-service's feeds give it, so an update replaces it. */
    private CalendarEntry shiftEntry(
            String shiftId, String eventId, String roleName, Instant startsAt, Instant endsAt) {
        return new CalendarEntry(
                "shift-" + shiftId + "@guildhall",
                roleName + " \u2013 " + titleOf(eventId),
                startsAt,
                endsAt,
                placeOf(eventId),
                "Volunteer shift (" + roleName + ") at " + titleOf(eventId));
    }

    /** Where the event takes place: its venue, else its online link, else null (not known here yet). */
    private String placeOf(String eventId) {
        return schedules
                .findByIdOptional(eventId)
                .map(schedule -> schedule.venue() != null ? schedule.venue() : schedule.onlineUrl())
                .orElse(null);
    }

    /**
     * The shift's row on the web application's volunteering page, where the member signs up: {@code event} makes the
     * page list the shift's event however far off it is, {@code #shift-<id>} is the row.
     */
    private String signUpUrl(String eventId, String shiftId) {
        return web.baseUrl() + "/volunteering?event=" + eventId + "#shift-" + shiftId;
    }

    /** The event's page in the web application: its details, the member's registration, claiming, cancelling. */
    private String eventUrl(String eventId) {
        return web.baseUrl() + "/events/" + eventId;
    }

    private String titleOf(String eventId) {
        return schedules.findByIdOptional(eventId).map(EventSchedule::title).orElse("the event");
    }
}
