package org.guildhall.contracts.events;

import java.util.List;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;

/** The events of the events context, published on {@link Topics#EVENTS}, keyed by event id, so the events of one event stay in order. */
public final class EventsEvents {

    public static final EventType<EventPublished> EVENT_PUBLISHED =
            new EventType<>(Topics.EVENTS, "EventPublished", 1, EventPublished.class);

    public static final EventType<EventRescheduled> EVENT_RESCHEDULED =
            new EventType<>(Topics.EVENTS, "EventRescheduled", 1, EventRescheduled.class);

    public static final EventType<EventCancelled> EVENT_CANCELLED =
            new EventType<>(Topics.EVENTS, "EventCancelled", 1, EventCancelled.class);

    public static final EventType<EventCompleted> EVENT_COMPLETED =
            new EventType<>(Topics.EVENTS, "EventCompleted", 1, EventCompleted.class);

    public static final EventType<RegistrationConfirmed> REGISTRATION_CONFIRMED =
            new EventType<>(Topics.EVENTS, "RegistrationConfirmed", 1, RegistrationConfirmed.class);

    public static final EventType<RegistrationWaitlisted> REGISTRATION_WAITLISTED =
            new EventType<>(Topics.EVENTS, "RegistrationWaitlisted", 1, RegistrationWaitlisted.class);

    public static final EventType<SeatOffered> SEAT_OFFERED =
            new EventType<>(Topics.EVENTS, "SeatOffered", 1, SeatOffered.class);

    public static final EventType<SeatOfferExpired> SEAT_OFFER_EXPIRED =
            new EventType<>(Topics.EVENTS, "SeatOfferExpired", 1, SeatOfferExpired.class);

    public static final EventType<RegistrationCancelled> REGISTRATION_CANCELLED =
            new EventType<>(Topics.EVENTS, "RegistrationCancelled", 1, RegistrationCancelled.class);

    public static final EventType<AttendanceRecorded> ATTENDANCE_RECORDED =
            new EventType<>(Topics.EVENTS, "AttendanceRecorded", 1, AttendanceRecorded.class);

    public static final EventType<VolunteerSignedUp> VOLUNTEER_SIGNED_UP =
            new EventType<>(Topics.EVENTS, "VolunteerSignedUp", 1, VolunteerSignedUp.class);

    public static final EventType<VolunteerReleased> VOLUNTEER_RELEASED =
            new EventType<>(Topics.EVENTS, "VolunteerReleased", 1, VolunteerReleased.class);

    public static final EventType<VolunteerShiftCompleted> VOLUNTEER_SHIFT_COMPLETED =
            new EventType<>(Topics.EVENTS, "VolunteerShiftCompleted", 1, VolunteerShiftCompleted.class);

    public static final EventType<ShiftRescheduled> SHIFT_RESCHEDULED =
            new EventType<>(Topics.EVENTS, "ShiftRescheduled", 1, ShiftRescheduled.class);

    public static final EventType<VolunteerInvited> VOLUNTEER_INVITED =
            new EventType<>(Topics.EVENTS, "VolunteerInvited", 1, VolunteerInvited.class);

    public static final EventType<MemberDataCollected> MEMBER_DATA_COLLECTED =
            new EventType<>(Topics.EVENTS, "MemberDataCollected", 1, MemberDataCollected.class);

    public static final List<EventType<?>> ALL = List.of(
            EVENT_PUBLISHED,
            EVENT_RESCHEDULED,
            EVENT_CANCELLED,
            EVENT_COMPLETED,
            REGISTRATION_CONFIRMED,
            REGISTRATION_WAITLISTED,
            SEAT_OFFERED,
            SEAT_OFFER_EXPIRED,
            REGISTRATION_CANCELLED,
            ATTENDANCE_RECORDED,
            VOLUNTEER_SIGNED_UP,
            VOLUNTEER_RELEASED,
            VOLUNTEER_SHIFT_COMPLETED,
            SHIFT_RESCHEDULED,
            VOLUNTEER_INVITED,
            MEMBER_DATA_COLLECTED);

    private EventsEvents() {}
}
