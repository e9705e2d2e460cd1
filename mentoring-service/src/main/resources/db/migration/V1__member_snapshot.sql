-- Read model of guildhall.membership: what matching needs to know about a member.
create table member_snapshot (
    member_id    varchar(255) primary key,
    display_name varchar(100) not null,
    headline     varchar(200),
    time_zone    varchar(64),
    status       varchar(16)  not null,
    updated_at   timestamptz  not null
);
