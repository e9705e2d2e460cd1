-- Applying a member import (issue 16): the import is a resource with its progress; the file is kept until it is
-- applied (a restart or another replica resumes it from rows_done), then dropped.
create table member_import (
    id           uuid primary key,
    file_sha256  varchar(64)  not null,
    file         bytea,
    status       varchar(16)  not null,
    rows_total   integer      not null,
    rows_done    integer      not null default 0,
    created      integer      not null default 0,
    updated      integer      not null default 0,
    unchanged    integer      not null default 0,
    failed       integer      not null default 0,
    requested_by varchar(255) not null,
    requested_at timestamptz  not null,
    finished_at  timestamptz,
    lease_until  timestamptz
);
create index member_import_running on member_import (requested_at) where status = 'RUNNING';

create table member_import_problem (
    import_id   uuid         not null references member_import (id) on delete cascade,
    row_number  integer      not null,
    column_name varchar(255),
    message     varchar(500) not null
);
create index member_import_problem_by_row on member_import_problem (import_id, row_number);

-- imports and claims match members by e-mail without regard to case
create index member_email_current on member (lower(email)) where erased_at is null;
