-- Erasure moves what the books keep (the anonymised membership and its history) to a pseudonym, so the member id
-- is free for the person to join again and nothing links the kept record back to them.
alter table membership_status_change
    drop constraint membership_status_change_member_id_fkey,
    add constraint membership_status_change_member_id_fkey foreign key (member_id) references member (id)
        on update cascade;
