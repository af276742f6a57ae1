-- What the handover module publishes for other modules' SQL (docs/architecture.md, "Published
-- views"), each with only the columns a reader needs.

-- When a PMP was handed over (summary).
create view handover_facts as
select pmp_id, handed_over_at
  from handover;

-- Each participant's decision at the hand-over and whether they agreed to hear about other
-- groups (summary; the network meeting's invitation list).
create view decision_facts as
select participant_id, pmp_id, choice, reason, hear_about_other_groups
  from decision;
