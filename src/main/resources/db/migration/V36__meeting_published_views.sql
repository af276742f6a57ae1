-- What the meeting module publishes for other modules' SQL (docs/architecture.md, "Published
-- views").

-- Which group a meeting belongs to and its day (summary).
create view meeting_facts as
select id, group_id, meets_on
  from meeting;
