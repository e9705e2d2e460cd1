-- V6's member trigger asked "is this member a mentor?" without a lock, so a mentor's first profile committed between
-- that check and the member change's own commit was missed: the profile's insert moved the counter, a suggestion
-- loaded the pool with the member still active, and the member's lapse then committed without moving it again; the
-- lapsed member stayed in every replica's pool until some other mentor changed (OpenMentorPoolTest).
-- The trigger now first takes the counter's row, the lock every moving of the counter takes, and asks only then: a
-- profile that committed meanwhile is seen (read committed: each statement of the function sees the latest commits),
-- and one that commits later moves the counter after this change is visible. Members who are not mentors still leave
-- the counter alone; they only wait for a concurrent mover's commit. The row stays the last lock a transaction takes.
create or replace function mentor_pool_member_changed() returns trigger language plpgsql as $$
begin
    perform 1 from mentor_pool_version where id = 1 for no key update;
    if exists (select 1 from mentor_profile p where p.member_id = coalesce(new.member_id, old.member_id)) then
        update mentor_pool_version set version = version + 1 where id = 1;
    end if;
    return null;
end
$$;
