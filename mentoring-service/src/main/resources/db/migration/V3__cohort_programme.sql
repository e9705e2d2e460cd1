-- Cohort programmes: enrolments, pins and forbids, and the last matching preview live with the programme.
create table programme (
    id                  uuid primary key,
    name                varchar(200) not null,
    coordinator_id      varchar(255) not null,
    enrolment_opens_at  timestamptz  not null,
    enrolment_closes_at timestamptz  not null,
    status              varchar(16)  not null,
    enrolments          jsonb        not null,
    pair_rules          jsonb        not null,
    preview             jsonb,
    created_at          timestamptz  not null,
    published_at        timestamptz,
    version             bigint       not null default 0
);
