package org.followon.reminder;

import org.followon.account.SignedInUser;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A way of getting reminders that can reach this member: email needs an address, texts
 * need a mobile number and the service's texts switched on.
 */
class ReminderPreferenceFormValidator implements Validator {

	private final ReminderSettings settings;

	private final long groupId;

	private final SignedInUser user;

	ReminderPreferenceFormValidator(ReminderSettings settings, long groupId, SignedInUser user) {
		this.settings = settings;
		this.groupId = groupId;
		this.user = user;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ReminderPreferenceForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (errors.hasErrors()) {
			return;
		}
		ReminderChannel channel = ((ReminderPreferenceForm) target).channel();
		ReminderSettings.Mine mine = this.settings.mine(this.groupId, this.user);
		if (channel == ReminderChannel.EMAIL && mine.email() == null) {
			errors.rejectValue("channel", "NoEmail.reminderPreferenceForm.channel");
		}
		else if (channel == ReminderChannel.TEXT && !(mine.textsOn() && mine.mobile() != null)) {
			errors.rejectValue("channel", mine.textsOn() ? "NoMobile.reminderPreferenceForm.channel"
					: "TextsOff.reminderPreferenceForm.channel");
		}
	}

}
