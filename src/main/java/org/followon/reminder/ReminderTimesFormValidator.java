package org.followon.reminder;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Only the reminder times offered; any other kind (a tampered choice) is refused like a
 * value that could not be read.
 */
class ReminderTimesFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ReminderTimesForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ReminderTimesForm form = (ReminderTimesForm) target;
		if (!errors.hasErrors() && !ReminderKind.CHOICES.containsAll(form.chosen())) {
			errors.rejectValue("times", "typeMismatch.reminderTimesForm.times");
		}
	}

}
