-- What the programme module publishes for other modules' SQL (docs/architecture.md, "Published
-- views"), each with only the columns a reader needs.

-- A PMP's first session (summary).
create view pmp_facts as
select id, first_session_date
  from pmp;

-- When each session of a PMP is, and whether it was cancelled (summary: when a PMP ended).
create view pmp_session_facts as
select pmp_id, scheduled_on, cancelled
  from pmp_session;

-- Who facilitates which PMP, as clinician or PTV (summary: a clinician's own PMPs).
create view pmp_facilitator_facts as
select pmp_id, account_id, kind
  from pmp_facilitator;

-- A participant's PMP, gender, age band and withdrawal, without name or contact details
-- (summary).
create view participant_facts as
select id, pmp_id, gender, age_band, withdrawn_on
  from participant;

-- How to reach a participant (the network meeting's invitation list, which emails them).
create view participant_contact as
select id, name, preferred_name, email, withdrawn_on
  from participant;
