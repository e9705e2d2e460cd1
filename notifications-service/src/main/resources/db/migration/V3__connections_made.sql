-- Connections kept from guildhall.membership, so the day-after follow-up can name whom a member connected with there.
create table connection_made (
    connection_id   varchar(255) primary key,
    member_id       varchar(255) not null,
    other_member_id varchar(255) not null,
    established_at  timestamptz  not null
);
create index connection_made_member on connection_made (member_id);
create index connection_made_other on connection_made (other_member_id);
