-- What the group module publishes for other modules' SQL (docs/architecture.md, "Published
-- views"): the network's dashboard and summary aggregate over every group in one query, so they
-- read these views rather than the tables. Each lists only the columns a reader needs; a change
-- to the tables beneath changes the view here, in the group module, and readers keep working.

-- A group's name, area and the facts its status is derived from (dashboard, summary, network
-- meeting sharing).
create view group_facts as
select id, name, area, pmp_id, started_on, formed_on, last_met_on, active_since, closed_on, last_contact_on,
       pmp_ended_on, channels, venue_type
  from follow_on_group;

-- Who is or was in a group, and how they left (dashboard, summary). No contact details.
create view membership_facts as
select id, group_id, participant_id, role, known_as, joined_on, left_on, left_reason
  from membership;

-- How to reach a member and whether they agreed to be invited to network meetings (the network
-- meeting's invitation list, which emails them).
create view membership_contact as
select id, participant_id, account_id, email, known_as, left_on, network_invites
  from membership;

-- Each meeting a group held and everyone present (dashboard, summary).
create view held_meeting_facts as
select group_id, held_on, attended
  from held_meeting;

-- Requests to join a group, by status (dashboard).
create view join_request_facts as
select group_id, status
  from join_request;
