-- The length of each event's waitlist, kept beside seats_taken under the event's row lock (issue 17 §4): a member who
-- joins the waitlist learns their position from it instead of counting the waiting registrations while every other
-- registration for the event queues on the lock. It always equals the event's WAITLISTED registrations
-- (EventWaitlistLengthTest), and is 0 once the event is cancelled, as seats_taken is.
alter table event add column waitlisted integer not null default 0 check (waitlisted >= 0);

update event e
   set waitlisted = (select count(*) from registration r where r.event_id = e.id and r.status = 'WAITLISTED')
 where e.status <> 'CANCELLED';
