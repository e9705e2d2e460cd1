-- A member snapshot moves the mentor pool's counter only when the member is a mentor: mentees' and other members'
-- updates no longer make every replica load the open mentors again.
create function mentor_pool_member_changed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from mentor_profile p where p.member_id = coalesce(new.member_id, old.member_id)) then
        update mentor_pool_version set version = version + 1 where id = 1;
    end if;
    return null;
end
$$;

drop trigger mentor_pool_member_changed on member_snapshot;
create constraint trigger mentor_pool_member_changed after insert or update or delete on member_snapshot
    deferrable initially deferred for each row execute function mentor_pool_member_changed();
