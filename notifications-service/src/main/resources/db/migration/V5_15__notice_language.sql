-- issue 15: the language a member's notices are written in: their choice, else the first their profile lists
alter table preference add column language varchar(16);
alter table member_contact add column language varchar(16);
