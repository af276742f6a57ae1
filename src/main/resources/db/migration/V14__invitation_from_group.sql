-- A group's coordinators invite someone themselves, long after any hand-over: such an
-- invitation comes from no PMP and names no PMP participant.
alter table invitation alter column pmp_id drop not null;
alter table invitation alter column participant_id drop not null;

-- The group page lists the group's invitations still waiting.
create index invitation_group_idx on invitation (group_id);
