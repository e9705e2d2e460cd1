-- Who the member lets see each profile field (MemberJoined/MemberProfileUpdated carry it); null: not told yet, the
-- members-service defaults apply.
alter table member_snapshot add column visibility jsonb;
