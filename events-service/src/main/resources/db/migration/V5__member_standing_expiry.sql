-- MembershipStatusChanged carries the expiry; MemberErased empties the row's personal data.
alter table member_standing add column expires_at timestamptz;
-- a status change may arrive for a member this service never saw join (read model built after the fact)
alter table member_standing alter column display_name drop not null;
