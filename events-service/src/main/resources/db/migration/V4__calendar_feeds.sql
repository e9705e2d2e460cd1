-- A member's personal iCalendar feed, reached through a secret URL the member can rotate.
create table calendar_feed (
    member_id  varchar(255) primary key,
    secret     varchar(64)  not null unique,
    rotated_at timestamptz  not null
);
