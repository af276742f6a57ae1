package org.followon.networkmeeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is invited to network meetings, worked out afresh each time so that a withdrawal
 * takes effect at once: current group members who agreed on their sharing page (it starts
 * from what they said at the hand-over), and PMP participants whose hand-over decision
 * says they agreed to hear about other groups, are not withdrawn from the PMP, have not
 * since turned it off as a member and have not asked us to stop. One person per address,
 * compared without case; a member's name as the group knows them comes first. Reads the
 * views the group, account, handover and programme modules publish for it.
 */
@Component
class NetworkMeetingAudience {

	private static final String PEOPLE = """
			select distinct on (lower(email)) email, known_as from (
			    select trim(coalesce(a.email, m.email)) as email, m.known_as, 0 as source, m.id
			      from membership_contact m left join account_contact a on a.id = m.account_id
			     where m.left_on is null and m.network_invites
			    union all
			    select trim(p.email), coalesce(nullif(trim(p.preferred_name), ''), p.name), 1, p.id
			      from decision_facts d join participant_contact p on p.id = d.participant_id
			     where d.hear_about_other_groups and p.withdrawn_on is null
			       and not exists (select 1 from membership_contact m
			                        where m.participant_id = p.id and not m.network_invites)
			       and not exists (select 1 from network_invitation_opt_out o where o.email = lower(trim(p.email)))
			) c
			where email is not null and email <> ''
			order by lower(email), source, id""";

	private final JdbcClient jdbc;

	NetworkMeetingAudience(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everyone who agreed to be invited, today. */
	List<Person> everyone() {
		return this.jdbc.sql(PEOPLE).query(Person.class).list();
	}

	/**
	 * Those of {@link #everyone()} whose invitation to this meeting has not gone (never
	 * sent, or not accepted by the mail server).
	 */
	List<Person> notYetInvited(long meetingId) {
		return this.jdbc.sql("""
				select e.email, e.known_as from (%s) e
				 where not exists (select 1 from network_meeting_invitee i
				                    where i.network_meeting_id = :meeting and lower(i.email) = lower(e.email)
				                      and i.status = 'SENT')
				 order by e.known_as""".formatted(PEOPLE)).param("meeting", meetingId).query(Person.class).list();
	}

	/** Asked to stop: past participants are not invited again at this address. */
	void optOut(String email, Instant now) {
		this.jdbc.sql("""
				insert into network_invitation_opt_out (email, opted_out_at) values (lower(trim(:email)), :now)
				on conflict (email) do nothing""").param("email", email).param("now", Timestamp.from(now)).update();
	}

	/** Someone to invite. Never logged: {@link #toString()} hides them. */
	record Person(String email, String knownAs) {

		@Override
		public String toString() {
			return "Person[hidden]";
		}

	}

}
