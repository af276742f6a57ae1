package org.followon.poll;

import java.util.List;
import java.util.Map;

import org.followon.account.SignedInUser;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Every option of the poll answered; a missing answer names the option by its number, as
 * the page does.
 */
class AnswersFormValidator implements Validator {

	private final PollService polls;

	private final long groupId;

	private final long pollId;

	private final SignedInUser user;

	AnswersFormValidator(PollService polls, long groupId, long pollId, SignedInUser user) {
		this.polls = polls;
		this.groupId = groupId;
		this.pollId = pollId;
		this.user = user;
	}

	@Override
	public boolean supports(Class<?> type) {
		return AnswersForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AnswersForm form = (AnswersForm) target;
		// Who may answer before which poll, as the page checks them: a PTV answering is
		// refused, whatever the poll.
		this.polls.member(this.groupId, this.user);
		List<PollViews.Option> options = this.polls.page(this.groupId, this.pollId, this.user).options();
		Map<Long, Availability> given = (form.answers() == null) ? Map.of() : form.answers();
		for (int i = 0; i < options.size(); i++) {
			String field = "answers[" + options.get(i).id() + "]";
			if (given.get(options.get(i).id()) == null && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "NotNull", new Object[] { i + 1 }, null);
			}
		}
	}

}
