-- What members-service now tells about a member's profile (MemberProfileUpdated): matching reads it.
alter table member_snapshot
    add column industry      varchar(100),
    add column career_stage  varchar(32),
    add column skills        jsonb not null default '[]',
    add column topics        jsonb not null default '[]',
    add column languages     jsonb not null default '[]',
    add column open_to       jsonb not null default '[]',
    add column goals         jsonb not null default '[]';

create table mentor_profile (
    member_id          varchar(255) primary key,
    topics             jsonb        not null,
    industries         jsonb        not null,
    offers             jsonb        not null,
    languages          jsonb        not null,
    time_zone          varchar(64),
    capacity           integer      not null check (capacity >= 0),
    active_mentees     integer      not null default 0 check (active_mentees >= 0),
    accepting_requests boolean      not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);
create index mentor_profile_open on mentor_profile (accepting_requests) where active_mentees < capacity;

create table mentee_profile (
    member_id           varchar(255) primary key,
    goals               jsonb       not null,
    topics              jsonb       not null,
    industries          jsonb       not null,
    languages           jsonb       not null,
    seeking             jsonb       not null,
    must_share_language boolean     not null,
    max_hours_apart     integer,
    updated_at          timestamptz not null,
    version             bigint      not null default 0
);

create table mentorship_request (
    id             uuid primary key,
    mentor_id      varchar(255) not null,
    mentee_id      varchar(255) not null,
    message        varchar(2000),
    goals          jsonb        not null,
    status         varchar(16)  not null,
    decline_reason varchar(500),
    requested_at   timestamptz  not null,
    expires_at     timestamptz  not null,
    answered_at    timestamptz,
    version        bigint       not null default 0
);
create index mentorship_request_mentor on mentorship_request (mentor_id, status);
create index mentorship_request_mentee on mentorship_request (mentee_id, status);
create index mentorship_request_due on mentorship_request (expires_at) where status = 'PENDING';
-- one open request per pair at a time
create unique index mentorship_request_one_pending on mentorship_request (mentor_id, mentee_id) where status = 'PENDING';

create table mentorship (
    id            uuid primary key,
    mentor_id     varchar(255) not null,
    mentee_id     varchar(255) not null,
    request_id    uuid,
    programme_id  uuid,
    status        varchar(16)  not null,
    goals         jsonb        not null,
    started_at    timestamptz  not null,
    ended_at      timestamptz,
    ended_by      varchar(255),
    end_reason    varchar(500),
    feedback      varchar(2000),
    version       bigint       not null default 0
);
create index mentorship_mentor on mentorship (mentor_id, status);
create index mentorship_mentee on mentorship (mentee_id, status);
create unique index mentorship_one_active on mentorship (mentor_id, mentee_id) where status = 'ACTIVE';

create table mentorship_session (
    id               uuid primary key,
    mentorship_id    uuid         not null references mentorship (id) on delete cascade,
    session_date     date         not null,
    duration_minutes integer      not null,
    topics           jsonb        not null,
    private_notes    varchar(4000),
    logged_by        varchar(255) not null,
    logged_at        timestamptz  not null
);
create index mentorship_session_of on mentorship_session (mentorship_id, session_date);
