create table notification (
    id           uuid         primary key,
    member_id    varchar(255) not null,
    kind         varchar(64)  not null,
    title        varchar(200) not null,
    body         text         not null,
    created_at   timestamptz  not null,
    read_at      timestamptz
);

create index notification_inbox on notification (member_id, created_at desc, id);
