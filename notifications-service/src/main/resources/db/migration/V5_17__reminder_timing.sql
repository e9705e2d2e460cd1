-- issue 15: reminder offsets an administrator sets; no row means the defaults
create table reminder_timing (
    id                     integer     primary key check (id = 1),
    event_reminder_minutes bigint      not null,
    shift_reminder_minutes bigint      not null,
    seat_offer_minutes     bigint      not null,
    follow_up_minutes      bigint      not null,
    renewal_first_minutes  bigint      not null,
    renewal_last_minutes   bigint      not null,
    mentorship_quiet_minutes bigint    not null,
    updated_at             timestamptz not null
);
