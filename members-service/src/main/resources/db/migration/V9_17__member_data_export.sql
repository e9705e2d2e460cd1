-- A member's own data (issue 16): a requested archive, collected from every service over Kafka. The private key opens
-- the parts the other services seal with the request's public key; it goes when the archive is assembled, so the
-- parts left on the topics can no longer be read.
create table member_data_export (
    id           uuid primary key,
    member_id    varchar(255) not null,
    status       varchar(16)  not null,
    private_key  text,
    archive      bytea,
    requested_at timestamptz  not null,
    ready_at     timestamptz,
    expires_at   timestamptz  not null
);
create index member_data_export_of on member_data_export (member_id);
create index member_data_export_expiry on member_data_export (expires_at);

create table member_data_part (
    export_id   uuid        not null references member_data_export (id) on delete cascade,
    service     varchar(64) not null,
    sealed      text        not null,
    received_at timestamptz not null,
    primary key (export_id, service)
);
