-- What the network needs from groups: groups that met before the app (imported from CSV by
-- staff, matched on external_id so a second import updates rather than duplicates), and how many
-- people came to each held meeting (the summary's mean attendance).
--
-- external_id     the service's own id for an imported group (null for groups formed in the app)
-- pmp_ended_on    for an imported group, its PMP's last session (groups from a PMP read the PMP)
-- last_contact_on for an imported group, the last contact the service knew of before the import
-- max_attending   the most people the group says it can take
-- channels        how the group keeps in touch: Channel names separated by ',' (the first is `channel`)
-- purposes        what the group is for as members see it: GroupPurpose names separated by ','
-- imported_at     when an import last created or updated the group
alter table follow_on_group
    add column external_id     varchar(60) unique,
    add column pmp_ended_on    date,
    add column last_contact_on date,
    add column max_attending   integer check (max_attending between 1 and 50),
    add column channels        varchar(200) not null default '',
    add column purposes        varchar(200) not null default '',
    add column imported_at     timestamptz;

update follow_on_group set channels = channel;

-- attended: everyone present (members ticked, others, or an imported head count).
alter table held_meeting add column attended integer not null default 0 check (attended >= 0);

update held_meeting h
   set attended = l.others + (select count(*) from meeting_attendance a where a.meeting_log_id = l.id)
  from meeting_log l
 where h.source_key = 'meeting:' || l.meeting_id;

create index held_meeting_held_on_idx on held_meeting (held_on);
