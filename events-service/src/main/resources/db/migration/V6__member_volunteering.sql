-- MemberProfileUpdated carries the member's skills and what they are open to; volunteer suggestions match a role's
-- skills against them and offer only members open to volunteering.
alter table member_standing add column skills varchar(2000) not null default '';
alter table member_standing add column open_to_volunteering boolean not null default false;
