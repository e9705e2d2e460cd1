-- Suggestions keep the open mentors in memory (OpenMentorPool); this counter tells every replica when what it holds
-- is stale. It moves with every change to a mentor profile or a member snapshot. The triggers are deferred to commit,
-- so the counter's row is the last lock a transaction takes and cannot deadlock with the rows it changed.
create table mentor_pool_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);
insert into mentor_pool_version values (1, 0);

create function mentor_pool_changed() returns trigger language plpgsql as $$
begin
    update mentor_pool_version set version = version + 1 where id = 1;
    return null;
end
$$;

create constraint trigger mentor_pool_mentor_changed after insert or update or delete on mentor_profile
    deferrable initially deferred for each row execute function mentor_pool_changed();
create constraint trigger mentor_pool_member_changed after insert or update or delete on member_snapshot
    deferrable initially deferred for each row execute function mentor_pool_changed();
