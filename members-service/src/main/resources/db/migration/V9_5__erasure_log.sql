-- What each erasure removed, for administrators' accountability (GDPR Art. 5(2)): when, at whose request, and how
-- many rows of each feature, under the pseudonym the kept books moved to. Nothing in it names the person.
create table erasure_record (
    id           uuid         primary key,
    pseudonym    varchar(64)  not null,
    requested_by varchar(16)  not null,
    erased_at    timestamptz  not null,
    service      varchar(40)  not null,
    feature      varchar(40)  not null,
    erased_rows  bigint       not null
);

create index erasure_record_when on erasure_record (erased_at desc, pseudonym);
