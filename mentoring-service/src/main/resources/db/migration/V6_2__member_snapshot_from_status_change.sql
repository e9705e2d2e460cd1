-- A status change for a member whose joining never reached this service makes them known (docs/messaging.md, read
-- models); their name comes with their next profile update.
alter table member_snapshot alter column display_name drop not null;
