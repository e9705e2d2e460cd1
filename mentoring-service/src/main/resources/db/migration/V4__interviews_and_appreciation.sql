create table interview_host (
    member_id     varchar(255) primary key,
    monthly_limit integer      not null check (monthly_limit >= 0),
    updated_at    timestamptz  not null
);

create table informational_interview (
    id             uuid primary key,
    requester_id   varchar(255)  not null,
    host_id        varchar(255)  not null,
    topic          varchar(200)  not null,
    message        varchar(2000),
    proposed_times jsonb         not null,
    counter_time   timestamptz,
    status         varchar(24)   not null,
    scheduled_for  timestamptz,
    requested_at   timestamptz   not null,
    answered_at    timestamptz,
    completed_at   timestamptz,
    completed_by   varchar(255),
    version        bigint        not null default 0
);
create index informational_interview_host on informational_interview (host_id, status, scheduled_for);
create index informational_interview_requester on informational_interview (requester_id, host_id, requested_at);

create table appreciation (
    id             uuid primary key,
    from_member_id varchar(255)  not null,
    to_member_id   varchar(255)  not null,
    context        varchar(24)   not null,
    context_id     varchar(255)  not null,
    message        varchar(1000) not null,
    sent_at        timestamptz   not null
);
create unique index appreciation_once on appreciation (from_member_id, to_member_id, context, context_id);
create index appreciation_to on appreciation (to_member_id, sent_at);
