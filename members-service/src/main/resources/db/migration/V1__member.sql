create table member (
    id           varchar(255) primary key,
    display_name varchar(100) not null,
    email        varchar(254) not null,
    headline     varchar(200),
    location     varchar(100),
    time_zone    varchar(64),
    tier         varchar(32)  not null,
    status       varchar(16)  not null,
    joined_at    timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null
);
