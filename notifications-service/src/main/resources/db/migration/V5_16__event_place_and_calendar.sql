-- issue 15: where an event takes place (from EventPublished), and the calendar entry a notification's e-mail attaches
alter table event_schedule add column venue varchar(300);
alter table event_schedule add column online_url varchar(2000);
alter table notification add column calendar jsonb;
