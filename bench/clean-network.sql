-- Removes the synthetic network made by generate-network.sql, and nothing else: only records of
-- "Synthetic ..." PMPs and groups and synthetic-*@example.test accounts. One transaction.
\set ON_ERROR_STOP on
begin;

create temp table sg as select id from follow_on_group where name like 'Synthetic group %';
create temp table sp as select id from pmp where name like 'Synthetic PMP %';
create temp table sa as select id from account where email like 'synthetic-%@example.test';

delete from meeting_attendance a using meeting_log l, sg where l.id = a.meeting_log_id and l.group_id = sg.id;
delete from meeting_answer a using meeting m, sg where m.id = a.meeting_id and m.group_id = sg.id;
delete from meeting_log l using sg where l.group_id = sg.id;
delete from held_meeting h using sg where h.group_id = sg.id;
delete from meeting m using sg where m.group_id = sg.id;
delete from join_request j where j.group_id in (select id from sg) or j.account_id in (select id from sa);
delete from membership m using sg where m.group_id = sg.id;
delete from follow_on_group g using sg where g.id = sg.id;
delete from decision d using sp where d.pmp_id = sp.id;
delete from handover h using sp where h.pmp_id = sp.id;
delete from pmp p using sp where p.id = sp.id;
delete from account a using sa where a.id = sa.id;

commit;
