-- Changes made in one instant (an admin's quick succession, or a test clock) keep the order they were made in.
alter table membership_status_change add column seq bigserial;
create index membership_status_change_order on membership_status_change (member_id, changed_at, seq);
