package org.followon.reminder;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;

import org.followon.account.SignedInUser;
import org.followon.group.GroupAccess;
import org.followon.group.GroupMember;
import org.followon.group.Groups;
import org.followon.notify.TextMessages;
import org.followon.system.EditClashException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two settings pages' rules: a group's coordinators choose its reminder times; each
 * current member chooses, for themselves only, how they get them. Both check the version
 * they were shown.
 */
@Service
@Transactional(readOnly = true)
class ReminderSettings {

	private final Groups groups;

	private final GroupReminderSettingsRepository settings;

	private final ReminderPreferenceRepository preferences;

	private final TextMessages texts;

	private final Clock clock;

	ReminderSettings(Groups groups, GroupReminderSettingsRepository settings, ReminderPreferenceRepository preferences,
			TextMessages texts, Clock clock) {
		this.groups = groups;
		this.settings = settings;
		this.preferences = preferences;
		this.texts = texts;
		this.clock = clock;
	}

	Times times(long groupId, SignedInUser user) {
		GroupAccess group = coordinator(groupId, user);
		GroupReminderSettings row = this.settings.findById(groupId).orElse(null);
		return new Times(group, row == null ? ReminderKind.DEFAULTS : row.times(),
				row == null ? null : row.getVersion(), this.texts.enabled());
	}

	@Transactional
	void chooseTimes(long groupId, Set<ReminderKind> times, Long version, SignedInUser user) {
		coordinator(groupId, user);
		GroupReminderSettings row = this.settings.findById(groupId).orElseGet(() -> new GroupReminderSettings(groupId));
		clash(row.getVersion(), version, "/groups/" + groupId + "/reminders");
		row.choose(times, user.accountId(), this.clock.instant());
		this.settings.save(row);
	}

	Mine mine(long groupId, SignedInUser user) {
		GroupAccess group = this.groups.access(groupId, user.accountId());
		if (!group.member()) {
			throw new AccessDeniedException("Not a member of this group");
		}
		GroupMember me = this.groups.currentMembers(groupId)
			.stream()
			.filter((m) -> m.membershipId() == group.membershipId())
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not a member of this group"));
		ReminderPreference row = this.preferences.findById(me.membershipId()).orElse(null);
		ReminderChannel chosen = row == null ? null : row.getChannel();
		return new Mine(group, me.email(), me.mobile(), this.texts.enabled(),
				chosen != null ? chosen : me.email() != null ? ReminderChannel.EMAIL : ReminderChannel.NONE,
				ReminderChannel.effective(chosen, me.email() != null, me.mobile() != null, this.texts.enabled()),
				row == null ? null : row.getVersion());
	}

	@Transactional
	void choose(Mine mine, ReminderChannel channel, Long version) {
		long membershipId = mine.group().membershipId();
		ReminderPreference row = this.preferences.findById(membershipId)
			.orElseGet(() -> new ReminderPreference(membershipId));
		clash(row.getVersion(), version, "/groups/" + mine.group().groupId() + "/reminders/mine");
		row.choose(channel, this.clock.instant());
		this.preferences.save(row);
	}

	private GroupAccess coordinator(long groupId, SignedInUser user) {
		GroupAccess group = this.groups.access(groupId, user.accountId());
		if (!group.coordinator()) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		return group;
	}

	private static void clash(Long current, Long shown, String returnPath) {
		if (!Objects.equals(current, shown)) {
			throw new EditClashException(returnPath);
		}
	}

	/** A group's reminder times as its coordinators see them. */
	record Times(GroupAccess group, Set<ReminderKind> chosen, Long version, boolean textsOn) {
	}

	/**
	 * A member's own page: the address and mobile the app would use (theirs, shown to
	 * them only), what they chose, and how reminders would actually reach them.
	 */
	record Mine(GroupAccess group, String email, String mobile, boolean textsOn, ReminderChannel chosen,
			ReminderChannel effective, Long version) {
	}

}
