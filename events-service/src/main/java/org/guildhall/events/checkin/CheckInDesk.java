package org.guildhall.events.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.events.event.Event;
import org.guildhall.events.event.EventRepository;
import org.guildhall.events.membership.MemberSnapshot;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.events.registration.Registration;
import org.guildhall.events.registration.RegistrationRepository;
import org.guildhall.events.time.StoredInstants;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.problem.ProblemException;

/** Check-in at the door and the attendance list it leaves. */
@ApplicationScoped
public class CheckInDesk {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final MemberSnapshotRepository standings;
    private final Outbox outbox;
    private final Clock clock;

    CheckInDesk(
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

    /** Checks in a confirmed registrant; a second check-in changes nothing and announces nothing. */
    @Transactional
    public Attendee checkIn(UUID eventId, UUID registrationId, String code) {
        Event event = events.lock(eventId);
        if (!event.isCheckInOpen()) {
            throw ProblemException.conflict(
                    "check-in-closed", event.named() + " is " + event.statusWord() + "; check-in is not open");
        }
        Registration registration = (registrationId != null
                        ? registrations.findInEvent(eventId, registrationId)
                        : registrations.findByCode(eventId, code.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> ProblemException.notFound(
                        "registration", registrationId != null ? registrationId.toString() : "with code " + code));
        if (registration.checkIn(StoredInstants.now(clock))) {
            outbox.record(EventsEvents.ATTENDANCE_RECORDED, eventId.toString(), registration.attendanceEvent(event));
        }
        return attendee(registration);
    }

    @Transactional
    public List<Attendee> attendance(UUID eventId) {
        events.find(eventId);
        return registrations.attendees(eventId).stream().map(this::attendee).toList();
    }

    /** Who else attended and agreed to be seen, for an attendee who agreed too. */
    @Transactional
    public List<Attendee> fellowAttendees(UUID eventId, String memberId) {
        events.find(eventId);
        List<Registration> attended = registrations.attendees(eventId);
        boolean sharing = attended.stream()
                .anyMatch(registration -> registration.memberId().equals(memberId) && registration.sharesAttendance());
        if (!sharing) {
            throw ProblemException.forbidden(
                    "Only attendees who share their own attendance see who else attended and shared");
        }
        return attended.stream()
                .filter(Registration::sharesAttendance)
                .filter(registration -> !registration.memberId().equals(memberId))
                .map(this::attendee)
                .toList();
    }

    private Attendee attendee(Registration registration) {
        String name = standings
                .findByIdOptional(registration.memberId())
                .map(MemberSnapshot::displayName)
                .orElse(null);
        return new Attendee(
                registration.id().toString(),
                registration.memberId(),
                name,
                registration.checkedInAt(),
                registration.sharesAttendance());
    }
}
