-- One notification per (source event, recipient, kind): a redelivered event or a second replica's reminder run
-- cannot tell a member twice.
alter table notification
    add column category    varchar(32),
    add column critical    boolean not null default false,
    add column source_id   uuid,
    add column in_inbox    boolean not null default true,
    add column archived_at timestamptz;
update notification set category = 'MEMBERSHIP', source_id = id where source_id is null;
alter table notification alter column category set not null;
alter table notification alter column source_id set not null;
create unique index notification_once on notification (source_id, member_id, kind);
create index notification_unread on notification (member_id) where read_at is null and archived_at is null and in_inbox;

-- Read models kept from guildhall.membership
create table member_contact (
    member_id    varchar(255) primary key,
    display_name varchar(200),
    email        varchar(320),
    time_zone    varchar(64),
    updated_at   timestamptz  not null
);

create table membership_term (
    member_id  varchar(255) primary key,
    status     varchar(32)  not null,
    tier       varchar(64),
    expires_at timestamptz,
    changed_at timestamptz  not null
);

-- Read models kept from guildhall.events
create table event_schedule (
    event_id   varchar(255) primary key,
    title      varchar(300) not null,
    starts_at  timestamptz,
    ends_at    timestamptz,
    time_zone  varchar(64),
    status     varchar(32)  not null
);

create table event_registration (
    registration_id   varchar(255) primary key,
    event_id          varchar(255) not null,
    member_id         varchar(255) not null,
    status            varchar(32)  not null,
    claim_by          timestamptz,
    attended          boolean      not null default false,
    shares_attendance boolean      not null default false
);
create index event_registration_event on event_registration (event_id);
create index event_registration_member on event_registration (member_id);

create table shift_place (
    shift_id  varchar(255) not null,
    member_id varchar(255) not null,
    event_id  varchar(255) not null,
    role_name varchar(200),
    starts_at timestamptz,
    ends_at   timestamptz,
    status    varchar(32)  not null,
    primary key (shift_id, member_id)
);
create index shift_place_event on shift_place (event_id);
create index shift_place_member on shift_place (member_id);

-- Read model kept from guildhall.mentoring
create table mentorship_pair (
    mentorship_id varchar(255) primary key,
    mentor_id     varchar(255) not null,
    mentee_id     varchar(255) not null,
    status        varchar(32)  not null,
    quiet_since   timestamptz  not null
);
create index mentorship_pair_mentor on mentorship_pair (mentor_id);
create index mentorship_pair_mentee on mentorship_pair (mentee_id);

-- What each member wants to hear, and how
create table preference (
    member_id   varchar(255) primary key,
    email_mode  varchar(16)  not null,
    digest_hour integer      not null,
    quiet_from  time,
    quiet_until time,
    time_zone   varchar(64),
    updated_at  timestamptz  not null
);

create table channel_opt_out (
    member_id varchar(255) not null references preference (member_id) on delete cascade,
    category  varchar(32)  not null,
    channel   varchar(16)  not null,
    primary key (member_id, category, channel)
);

-- One e-mail delivery per notification; digests batch many.
create table delivery (
    id              uuid         primary key,
    notification_id uuid         not null references notification (id) on delete cascade,
    member_id       varchar(255) not null,
    channel         varchar(16)  not null,
    kind            varchar(64)  not null,
    status          varchar(16)  not null,
    due_at          timestamptz,
    attempts        integer      not null default 0,
    last_error      varchar(1000),
    sent_at         timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    unique (notification_id, channel)
);
create index delivery_due on delivery (status, due_at);
create index delivery_member on delivery (member_id, created_at desc);
