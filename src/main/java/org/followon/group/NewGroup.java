package org.followon.group;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A group as agreed at a PMP's hand-over, with its first members. */
public record NewGroup(String name, Long pmpId, Frequency frequency, String usualTime, Channel channel,
		LocalDate firstMeetingOn, LocalTime firstMeetingAt, String firstMeetingVenue, String firstMeetingLink,
		Long supportingPtvId, long createdBy, List<NewMember> members) {

	/**
	 * A first member. Contact details are copied from the PMP; only those the person
	 * agreed to share are ever shown to the others. {@code networkInvites}: they agreed
	 * to hear about other groups, so they start out invited to the network meetings.
	 */
	public record NewMember(long participantId, String knownAs, String email, String mobile, boolean shareEmail,
			boolean shareMobile, MembershipRole role, String namedRole, boolean networkInvites) {

		/** Someone who has not agreed to be invited to the network meetings. */
		public NewMember(long participantId, String knownAs, String email, String mobile, boolean shareEmail,
				boolean shareMobile, MembershipRole role, String namedRole) {
			this(participantId, knownAs, email, mobile, shareEmail, shareMobile, role, namedRole, false);
		}

	}

}
