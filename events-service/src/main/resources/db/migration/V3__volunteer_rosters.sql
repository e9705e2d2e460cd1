-- Volunteer rosters: roles and shifts per event, and the places members hold on shifts.
-- Places change under a row lock on the shift and an advisory lock on the member (overlaps span all events).
create table volunteer_role (
    id            uuid          primary key,
    event_id      uuid          not null references event (id),
    name          varchar(100)  not null,
    description   varchar(2000),
    skills_wanted varchar(1000) not null default '',
    unique (event_id, name)
);

create table shift (
    id           uuid        primary key,
    event_id     uuid        not null references event (id),
    role_id      uuid        not null references volunteer_role (id),
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    needed       integer     not null check (needed > 0),
    taken        integer     not null default 0 check (taken >= 0),
    next_arrival bigint      not null default 1,
    completed_at timestamptz,
    check (ends_at > starts_at),
    check (taken <= needed)
);

create index shift_by_event on shift (event_id, starts_at);

create table volunteer_place (
    id          uuid         primary key,
    shift_id    uuid         not null references shift (id),
    member_id   varchar(255) not null,
    status      varchar(16)  not null,
    arrival     bigint       not null,
    assigned_by varchar(255),
    joined_at   timestamptz  not null,
    ended_at    timestamptz,
    hours       numeric(6, 2),
    unique (shift_id, arrival)
);

create unique index volunteer_place_live_per_member on volunteer_place (shift_id, member_id)
    where status in ('ASSIGNED', 'WAITLISTED');
create index volunteer_place_by_member on volunteer_place (member_id) where status = 'ASSIGNED';
create index volunteer_place_waitlist on volunteer_place (shift_id, arrival) where status = 'WAITLISTED';
