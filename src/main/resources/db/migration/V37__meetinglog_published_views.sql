-- What the meeting log module publishes for other modules' SQL (docs/architecture.md,
-- "Published views"), each with only the columns a reader needs.

-- Whether a logged meeting went ahead, and the topics logged (summary).
create view meeting_log_facts as
select meeting_id, held, topics
  from meeting_log;

-- The members ticked at each meeting that went ahead (summary).
create view meeting_attendance_facts as
select l.meeting_id, a.membership_id
  from meeting_log l
  join meeting_attendance a on a.meeting_log_id = l.id
 where l.held;
