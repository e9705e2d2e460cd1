-- Events and their registrations. Every change to seats goes through a row lock on the event
-- (SELECT ... FOR UPDATE), so seats_taken and next_arrival are exact without a table lock.
create table event (
    id                     uuid          primary key,
    title                  varchar(200)  not null,
    description            varchar(5000),
    kind                   varchar(16)   not null,
    starts_at              timestamptz   not null,
    ends_at                timestamptz   not null,
    time_zone              varchar(64)   not null,
    venue                  varchar(200),
    online_url             varchar(500),
    capacity               integer       not null check (capacity > 0),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    members_only           boolean       not null,
    allowed_tiers          varchar(500)  not null default '',
    seat_release           varchar(16)   not null,
    offer_claim_hours      integer       not null,
    status                 varchar(16)   not null,
    cancellation_reason    varchar(500),
    seats_taken            integer       not null default 0 check (seats_taken >= 0),
    next_arrival           bigint        not null default 1,
    created_by             varchar(255)  not null,
    created_at             timestamptz   not null,
    published_at           timestamptz,
    updated_at             timestamptz   not null,
    check (ends_at > starts_at),
    check (seats_taken <= capacity)
);

create index event_published_by_start on event (starts_at) where status = 'PUBLISHED';

create table registration (
    id                uuid         primary key,
    event_id          uuid         not null references event (id),
    member_id         varchar(255) not null,
    status            varchar(16)  not null,
    arrival           bigint       not null,
    registered_at     timestamptz  not null,
    confirmed_at      timestamptz,
    offered_at        timestamptz,
    claim_by          timestamptz,
    ended_at          timestamptz,
    end_reason        varchar(32),
    check_in_code     varchar(16)  not null,
    checked_in_at     timestamptz,
    shares_attendance boolean      not null default false,
    version           bigint       not null default 0,
    unique (event_id, arrival),
    unique (event_id, check_in_code)
);

-- one live registration per member and event; a cancelled one does not stop registering again
create unique index registration_live_per_member on registration (event_id, member_id)
    where status in ('CONFIRMED', 'WAITLISTED', 'OFFERED');
create index registration_waitlist on registration (event_id, arrival) where status = 'WAITLISTED';
create index registration_open_offers on registration (claim_by) where status = 'OFFERED';
create index registration_by_member on registration (member_id);
