-- Read model of guildhall.membership: who may register for what (status and tier), and their name for rosters.
create table member_standing (
    member_id    varchar(255) primary key,
    display_name varchar(100) not null,
    tier         varchar(32)  not null,
    status       varchar(16)  not null,
    updated_at   timestamptz  not null
);
