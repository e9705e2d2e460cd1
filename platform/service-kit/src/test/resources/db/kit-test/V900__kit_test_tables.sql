-- What the kit tests' handlers did, written in the handler's transaction, so a rolled-back attempt leaves nothing.
create table handled (
    event_id uuid not null,
    text     text not null
);

-- RowLocksTest's entity (it runs on a database of its own) is on this application's classpath too, and Hibernate
-- validates every entity it finds against this schema.
create table row_locks_seat (
    id bigint primary key
);
