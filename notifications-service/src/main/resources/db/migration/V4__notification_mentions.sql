-- What a notification says about other members (their names, their words), so that erasing a member takes it out of
-- everyone's inbox: title and body hold placeholders, filled from these mentions when read (GDPR Art. 17).
alter table notification add column mentions jsonb not null default '[]';
create index notification_mentions on notification using gin (mentions jsonb_path_ops);
