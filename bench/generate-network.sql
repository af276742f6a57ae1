-- A large synthetic network for the benchmark (docs/performance.md): 10 years, 2,000 PMPs with
-- their sessions, facilitators, participants, handovers and decisions; 1,000 groups with their
-- members, 100,000 held meetings (meeting, meeting_log, held_meeting) and 1,000,000 attendance
-- records; join requests and leavers. Set-based (generate_series), one transaction: it all goes
-- in or nothing does. Run it through bench/generate-network.sh, never by hand on a real database.
--
-- Everything it makes is named "Synthetic ..." (accounts: synthetic-*@example.test, marked demo
-- so the production guard refuses to start on such a database); --clean removes it first.

\set ON_ERROR_STOP on
begin;

do $$
begin
    if not exists (select 1 from account where email = 'staff@example.org' and demo) then
        raise exception 'This database has no demo staff account: it looks like a real one. Refusing to add synthetic data.';
    end if;
    if exists (select 1 from pmp where name like 'Synthetic PMP %') then
        raise exception 'A synthetic network is already here. Run bench/generate-network.sh --clean to replace it.';
    end if;
end $$;


-- People the records need: clinicians and PTVs who ran the PMPs, a coordinator who logged
-- meetings, and members who asked to join groups. They cannot sign in (disabled, no password).
insert into account (email, display_name, password_hash, enabled, demo, created_at)
select 'synthetic-' || kind || '-' || n || '@example.test', 'Synthetic ' || kind || ' ' || n, '{bcrypt}!', false, true,
       now() - interval '10 years'
  from (select 'clinician' as kind, n from generate_series(1, 20) n
        union all select 'ptv', n from generate_series(1, 10) n
        union all select 'coordinator', 1
        union all select 'member', n from generate_series(1, 400) n) people;

insert into account_role (account_id, role)
select id, case when email like 'synthetic-clinician-%' then 'CLINICIAN'
                when email like 'synthetic-ptv-%' then 'PTV' else 'MEMBER' end
  from account where email like 'synthetic-%@example.test';

create temp table people as
select id, split_part(email, '-', 2) as kind, split_part(split_part(email, '-', 3), '@', 1)::int as n
  from account where email like 'synthetic-%@example.test';

-- 2,000 PMPs, evenly over ten years, 8 to 12 weekly sessions each.
create temp table s_pmp as
select nextval(pg_get_serial_sequence('pmp', 'id')) as id, i,
       (current_date - 3650 + (i - 1) * 3500 / 2000) as first_on,
       8 + (i * 7) % 5 as sessions
  from generate_series(1, 2000) i;
alter table s_pmp add column last_on date;
update s_pmp set last_on = first_on + 7 * (sessions - 1);

insert into pmp (id, name, site, first_session_date, session_count, start_time, created_by, created_at)
select p.id, 'Synthetic PMP ' || lpad(p.i::text, 4, '0'), 'Synthetic site ' || (1 + p.i % 6), p.first_on, p.sessions,
       time '10:00', c.id, p.first_on - 30
  from s_pmp p join people c on c.kind = 'clinician' and c.n = 1 + p.i % 20;

insert into pmp_facilitator (pmp_id, account_id, kind)
select p.id, c.id, 'CLINICIAN' from s_pmp p join people c on c.kind = 'clinician' and c.n = 1 + p.i % 20
union all
select p.id, t.id, 'PTV' from s_pmp p join people t on t.kind = 'ptv' and t.n = 1 + p.i % 10;

insert into pmp_session (pmp_id, number, scheduled_on, originally_on, cancelled)
select p.id, s, p.first_on + 7 * (s - 1), p.first_on + 7 * (s - 1), false
  from s_pmp p cross join lateral generate_series(1, p.sessions) s;

-- About ten participants a PMP (8 to 12), with gender and age band.
create temp table s_participant as
select nextval(pg_get_serial_sequence('participant', 'id')) as id, p.id as pmp_id, p.i as pmp_i, k,
       p.first_on, p.last_on
  from s_pmp p cross join lateral generate_series(1, 8 + (p.i * 3 + 1) % 5) k;

insert into participant (id, pmp_id, name, gender, age_band, enrolled_at)
select id, pmp_id, 'Participant ' || pmp_i || '-' || k,
       (array['WOMAN', 'WOMAN', 'WOMAN', 'MAN', 'MAN', 'NON_BINARY', 'PREFER_NOT_TO_SAY'])[1 + (pmp_i * 13 + k * 7) % 7],
       (array['UNDER_30', 'FROM_30_TO_39', 'FROM_40_TO_49', 'FROM_40_TO_49', 'FROM_50_TO_59', 'FROM_50_TO_59',
              'FROM_60_TO_69', 'FROM_60_TO_69', 'FROM_70_TO_79', 'OVER_80'])[1 + (pmp_i * 7 + k * 3) % 10],
       first_on - 14
  from s_participant;

-- Every PMP that has ended had its handover; each participant's decision. In the PMPs that
-- formed a group (the even ones) the first seven join; elsewhere about half do.
insert into handover (pmp_id, introduced_on, introduced_by_ptv, introduced_by_clinician, information_sheet_given,
                      handed_over_at, handed_over_by)
select p.id, p.last_on - 14, t.id, c.id, true, p.last_on + time '12:00', c.id
  from s_pmp p
  join people c on c.kind = 'clinician' and c.n = 1 + p.i % 20
  join people t on t.kind = 'ptv' and t.n = 1 + p.i % 10
 where p.last_on < current_date;

insert into decision (pmp_id, participant_id, choice, reason, share_email, share_mobile, hear_about_other_groups,
                      recorded_by, recorded_at)
select s.pmp_id, s.id, d.choice,
       case when d.choice = 'NOT_FOR_ME'
            then (array['NO_CONNECTION', 'COMMITMENTS', 'HEALTH', 'TRAVEL_OR_TIME', 'OTHER_SUPPORT',
                        'PREFER_NOT_TO_SAY'])[1 + (s.pmp_i + s.k) % 6] end,
       true, s.k % 2 = 0, s.k % 3 <> 0, c.id, s.last_on - 7 + time '11:00'
  from s_participant s
  join people c on c.kind = 'clinician' and c.n = 1 + s.pmp_i % 20
  cross join lateral (select case when s.pmp_i % 2 = 0 and s.k <= 7 then 'JOINING'
                                  when s.pmp_i % 2 = 1 and (s.pmp_i + s.k) % 2 = 0 then 'JOINING'
                                  when s.k % 5 = 0 then 'UNDECIDED' else 'NOT_FOR_ME' end as choice) d
 where s.last_on < current_date;

-- 1,000 groups, one from each even PMP, starting at its last session. What happened to each:
-- forming (began in the last 90 days, not met yet), active (met in the last three weeks),
-- dormant (last met 4 to 13 months ago), or folded (stopped after 4 months to 7 years; those
-- that stopped too recently to have folded by the rules were closed by hand).
create temp table s_group as
select nextval(pg_get_serial_sequence('follow_on_group', 'id')) as id, p.i / 2 as g, p.id as pmp_id, p.i as pmp_i,
       p.last_on as started_on, ((p.i / 2) * 7919 % 1000) / 1000.0 as r
  from s_pmp p where p.i % 2 = 0;
alter table s_group add column kind text, add column ends_on date, add column closed_on date, add column meetings int;
update s_group set kind = case when started_on > current_date - 90 then 'forming'
                                when r < 0.38 then 'active'
                                when r < 0.50 and started_on < current_date - 400 then 'dormant'
                                else 'folded' end;
update s_group set ends_on = case kind
        when 'active' then current_date - (g % 21)
        when 'dormant' then current_date - (125 + g % 270)
        when 'folded' then least(started_on + 120 + (2400 * r * r)::int, current_date - 30) end;
update s_group set ends_on = started_on + 28 where ends_on < started_on + 28;
update s_group set closed_on = least(ends_on + 21, current_date)
 where kind = 'folded' and ends_on > current_date - 470;

-- 100,000 meetings shared out by how long each group met (one at least): all meet about as
-- often, from two weeks after the PMP to their last meeting.
with spans as (select id, ends_on - started_on - 14 as span from s_group where kind <> 'forming'),
     shares as (select id, span, (100000 - count(*) over ()) * span::numeric / sum(span) over () as share from spans),
     ranked as (select id, share, floor(share)::int as whole,
                       row_number() over (order by share - floor(share) desc, id) as rn,
                       (100000 - count(*) over ()) - sum(floor(share)) over () as left_over
                  from shares)
update s_group g set meetings = 1 + r.whole + case when r.rn <= r.left_over then 1 else 0 end
  from ranked r where r.id = g.id;
update s_group set meetings = 0 where kind = 'forming';

insert into follow_on_group (id, name, pmp_id, frequency, channel, channels, created_at, created_by, area, venue_type,
                             open_to_new_members, purpose, started_on, closed_on, closed_reason, closed_by)
select g.id, 'Synthetic group ' || lpad(g.g::text, 4, '0'), g.pmp_id,
       (array['FORTNIGHTLY', 'MONTHLY', 'WEEKLY', 'EVERY_6_TO_8_WEEKS'])[1 + g.g % 4],
       (array['WHATSAPP', 'EMAIL', 'TEXT', 'PHONE', 'FACEBOOK'])[1 + g.g % 5],
       (array['WHATSAPP', 'EMAIL,PHONE', 'TEXT', 'PHONE', 'FACEBOOK,WHATSAPP'])[1 + g.g % 5],
       g.started_on + time '12:00', c.id,
       (array['Riverside', 'Canalside', 'Hilltop', 'Old Town', 'Northfield', 'Southbrook', 'Westgate', 'Eastleigh',
              'Millbank', 'Parkside', 'Harbourside', 'Greenlane'])[1 + g.g % 12],
       (array['CAFE', 'COMMUNITY_SPACE', 'PUB_OR_BAR', 'RESTAURANT', 'HOME', 'ONLINE'])[1 + g.g % 6],
       g.kind = 'active' and g.g % 3 = 0, 'Keeping up what we learnt on the PMP', g.started_on,
       g.closed_on, case when g.closed_on is not null then 'STOPPED_MEETING' end,
       case when g.closed_on is not null then c.id end
  from s_group g join people c on c.kind = 'clinician' and c.n = 1 + g.pmp_i % 20;

-- Members: the seven who chose to join at the PMP, and six more who joined from elsewhere.
-- Two of the thirteen left half-way through, with a reason; the first is the coordinator, the
-- second a co-coordinator, except in one group in twelve, which has none.
create temp table s_member as
select nextval(pg_get_serial_sequence('membership', 'id')) as id, g.id as group_id, g.g, m,
       s.id as participant_id, g.started_on as joined_on,
       case when m in (4, 10) and g.kind <> 'forming'
            then g.started_on + greatest(1, (g.ends_on - g.started_on) / 2) end as left_on
  from s_group g cross join generate_series(1, 13) m
  left join s_participant s on s.pmp_id = g.pmp_id and s.k = m;
create index on s_member (group_id);
analyze s_member;

insert into membership (id, group_id, participant_id, known_as, role, joined_on, left_on, left_reason)
select id, group_id, case when m <= 7 then participant_id end, 'Member ' || g || '-' || m,
       case when g % 12 = 5 then 'MEMBER' when m = 1 then 'COORDINATOR' when m = 2 then 'CO_COORDINATOR'
            else 'MEMBER' end,
       joined_on, left_on,
       case when left_on is not null
            then (array['NO_CONNECTION', 'COMMITMENTS', 'HEALTH', 'TRAVEL_OR_TIME', 'LOST_CONTACT', 'OTHER_SUPPORT',
                        'PREFER_NOT_TO_SAY'])[1 + (g + m) % 7] end
  from s_member;

-- The meetings: evenly spaced from two weeks after the PMP to the group's last meeting; the
-- first face to face (so the group formed), one in five after it online.
create temp table s_meeting as
select nextval(pg_get_serial_sequence('meeting', 'id')) as id,
       nextval(pg_get_serial_sequence('meeting_log', 'id')) as log_id, g.id as group_id, g.g, k,
       g.started_on + 14 + case when g.meetings = 1 then 0
                                else ((g.ends_on - g.started_on - 14) * (k - 1) / (g.meetings - 1)) end as meets_on,
       k = 1 or k % 5 <> 0 as face_to_face
  from s_group g cross join lateral generate_series(1, g.meetings) k;

insert into meeting (id, group_id, meets_on, starts_at, ends_at, venue_name, venue_type, status, created_by,
                     created_at)
select m.id, m.group_id, m.meets_on, time '10:30', time '12:00',
       case when m.face_to_face then 'The Synthetic Cafe' else 'Video call' end,
       case when m.face_to_face then 'CAFE' else 'ONLINE' end, 'SCHEDULED', c.id, m.meets_on - 14 + time '09:00'
  from s_meeting m cross join (select id from people where kind = 'coordinator') c;

-- Ten of the members there at the time came to each meeting.
create temp table s_attendance as
select m.log_id, s.id as membership_id, s.participant_id is not null and s.m <= 7 as from_pmp
  from s_meeting m
  cross join lateral (select s.id, s.participant_id, s.m
                        from s_member s
                       where s.group_id = m.group_id and (s.left_on is null or s.left_on > m.meets_on)
                       order by (s.m * 7 + m.k * 3) % 13
                       limit 10) s;

insert into meeting_log (id, meeting_id, group_id, held, face_to_face, ptv_present, others, topics, logged_by, logged_at)
select m.log_id, m.id, m.group_id, true, m.face_to_face, m.k <= 3, m.k % 3,
       (array['PACING,SOCIAL', 'GOAL_SETTING', 'SOCIAL', 'RELAXATION,SHARING_TECHNIQUES', 'FLARE_UP_SUPPORT,SOCIAL',
              'EXERCISE', 'OUTING', 'HOBBIES_AND_CRAFTS'])[1 + (m.g + m.k) % 8],
       c.id, m.meets_on + time '14:00'
  from s_meeting m cross join (select id from people where kind = 'coordinator') c;

insert into meeting_attendance (meeting_log_id, membership_id, from_pmp)
select log_id, membership_id, from_pmp from s_attendance;

insert into held_meeting (group_id, source_key, held_on, face_to_face, pmp_participants, attended)
select m.group_id, 'meeting:' || m.id, m.meets_on, m.face_to_face, a.pmp, a.present + m.k % 3
  from s_meeting m
  join (select log_id, count(*) filter (where from_pmp) as pmp, count(*) as present
          from s_attendance group by log_id) a on a.log_id = m.log_id;

-- The status facts the group module keeps (see group/GroupStatusRules): formed at the first
-- meeting, meeting without a gap of three months since, last met at the last one.
update follow_on_group f
   set formed_on = x.first_on, active_since = x.first_on, last_met_on = x.last_on
  from (select group_id, min(meets_on) as first_on, max(meets_on) as last_on from s_meeting group by group_id) x
 where f.id = x.group_id;

-- Join requests: waiting ones for groups open to new members, and some answered.
insert into join_request (group_id, account_id, known_as, message, status, created_at, decided_at, decided_by)
select g.id, a.id, 'Synthetic member ' || a.n, 'I would like to come along', st.status,
       now() - ((a.n % 60) || ' days')::interval,
       case when st.status <> 'PENDING' then now() - ((a.n % 30) || ' days')::interval end,
       case when st.status <> 'PENDING' then c.id end
  from s_group g
  join people a on a.kind = 'member' and a.n between 1 + (g.g % 10) * 40 and 1 + (g.g % 10) * 40 + (g.g % 4)
  cross join lateral (select case when g.kind = 'active' and g.g % 3 = 0 then 'PENDING'
                                  when a.n % 2 = 0 then 'ACCEPTED' else 'DECLINED' end as status) st
  cross join (select id from people where kind = 'coordinator') c
 where g.kind in ('active', 'dormant');

commit;

analyze;

select (select count(*) from pmp where name like 'Synthetic PMP %') as pmps,
       (select count(*) from follow_on_group where name like 'Synthetic group %') as groups,
       (select count(*) from meeting m join follow_on_group g on g.id = m.group_id
         where g.name like 'Synthetic group %') as meetings,
       (select count(*) from meeting_attendance a join meeting_log l on l.id = a.meeting_log_id
          join follow_on_group g on g.id = l.group_id where g.name like 'Synthetic group %') as attendance;
