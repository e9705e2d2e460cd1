-- Tiers are reference data: what a tier lasts and whether joining it needs an admin's approval.
create table tier (
    code              varchar(32)  primary key,
    name              varchar(100) not null,
    duration_months   int          not null check (duration_months > 0),
    requires_approval boolean      not null,
    rank              int          not null
);

insert into tier (code, name, duration_months, requires_approval, rank) values
    ('student',      'Student',      12, false, 1),
    ('associate',    'Associate',    12, false, 2),
    ('professional', 'Professional', 12, true,  3),
    ('fellow',       'Fellow',       24, true,  4);

alter table member
    add constraint member_tier_fk foreign key (tier) references tier (code),
    alter column email drop not null,
    add column expires_at        timestamptz,
    add column status_reason     varchar(500),
    add column status_before_suspension varchar(16),
    add column bio               varchar(2000),
    add column industry          varchar(64),
    add column career_stage      varchar(16),
    add column skills            text[]      not null default '{}',
    add column topics            text[]      not null default '{}',
    add column languages         text[]      not null default '{}',
    add column open_to           text[]      not null default '{}',
    add column field_visibility  jsonb       not null default '{}',
    add column erased_at         timestamptz;

-- What the directory's text search sees: only what the member shows to other members.
alter table member add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple', coalesce(display_name, '')), 'A')
    || setweight(to_tsvector('simple',
           case when field_visibility ->> 'HEADLINE' = 'PRIVATE' then '' else coalesce(headline, '') end), 'B')
    || setweight(to_tsvector('simple',
           case when field_visibility ->> 'BIO' = 'PRIVATE' then '' else coalesce(bio, '') end), 'C')
) stored;

create index member_directory_order on member (status, lower(display_name), id);
create index member_search on member using gin (search_vector);
create index member_skills on member using gin (skills);
create index member_topics on member using gin (topics);
create index member_open_to on member using gin (open_to);
create index member_industry on member (industry);
create index member_career_stage on member (career_stage);
create index member_location on member (lower(location));
create index member_expiry on member (status, expires_at);

-- Every change of status, tier or expiry, readable by the member and admins.
create table membership_status_change (
    id          uuid         primary key,
    member_id   varchar(255) not null references member (id),
    from_status varchar(16),
    to_status   varchar(16)  not null,
    tier        varchar(32)  not null,
    expires_at  timestamptz,
    reason      varchar(500),
    changed_by  varchar(255),
    changed_at  timestamptz  not null
);

create index membership_status_change_member on membership_status_change (member_id, changed_at);

create table networking_goal (
    id          uuid         primary key,
    member_id   varchar(255) not null references member (id),
    kind        varchar(32)  not null,
    description varchar(500),
    target_date date,
    status      varchar(16)  not null,
    created_at  timestamptz  not null,
    version     bigint       not null
);

create index networking_goal_member on networking_goal (member_id, created_at);
create index networking_goal_kind on networking_goal (kind, status, member_id);

create table connection_request (
    id           uuid         primary key,
    requester_id varchar(255) not null references member (id),
    recipient_id varchar(255) not null references member (id),
    note         varchar(500),
    status       varchar(16)  not null,
    requested_at timestamptz  not null,
    decided_at   timestamptz,
    version      bigint       not null,
    check (requester_id <> recipient_id)
);

-- at most one open request between two people, whichever way it goes
create unique index connection_request_open on connection_request
    (least(requester_id, recipient_id), greatest(requester_id, recipient_id)) where status = 'PENDING';
create index connection_request_recipient on connection_request (recipient_id, status, requested_at);
create index connection_request_requester on connection_request (requester_id, status, requested_at);

create table connection (
    id             uuid         primary key,
    member_id      varchar(255) not null references member (id),
    other_member_id varchar(255) not null references member (id),
    via            varchar(16)  not null,
    established_at timestamptz  not null,
    check (member_id < other_member_id),
    unique (member_id, other_member_id)
);

create index connection_other on connection (other_member_id);

create table member_block (
    blocker_id varchar(255) not null references member (id),
    blocked_id varchar(255) not null references member (id),
    blocked_at timestamptz  not null,
    primary key (blocker_id, blocked_id)
);

create table introduction (
    id               uuid         primary key,
    requester_id     varchar(255) not null references member (id),
    introducer_id    varchar(255) not null references member (id),
    target_id        varchar(255) not null references member (id),
    reason           varchar(500) not null,
    status           varchar(24)  not null,
    direct           boolean      not null,
    requester_consent boolean     not null,
    target_consent   boolean      not null,
    expires_at       timestamptz  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null
);

create index introduction_open on introduction (status, expires_at);
create index introduction_people on introduction (requester_id, introducer_id, target_id);

-- What members gave and did elsewhere on the platform, one row per consumed event.
create table member_activity (
    id              uuid         primary key,
    member_id       varchar(255) not null,
    kind            varchar(32)  not null,
    amount          numeric(10, 2) not null,
    occurred_at     timestamptz  not null,
    source_event_id uuid         not null,
    unique (source_event_id, member_id, kind)
);

create index member_activity_member on member_activity (member_id, kind, occurred_at);
