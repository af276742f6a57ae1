package org.followon.meeting;

import java.time.LocalDate;
import java.util.Set;

import org.followon.group.VenueType;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingFormValidatorTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	@Test
	void aSingleMeetingInTheFutureWithAPlaceIsSound() {
		assertThat(scheduling(meeting("9", "10:00", "11:00", VenueType.CAFE, null, Repeat.NONE)).hasErrors()).isFalse();
	}

	@Test
	void aPastDayAnEndBeforeTheStartAndAMissingLinkAreRefused() {
		Errors errors = scheduling(meeting("28/2", "11:00", "10:00", VenueType.ONLINE, null, Repeat.NONE));
		assertThat(errors.getFieldError("day").getCode()).isEqualTo("DateInPast");
		assertThat(errors.getFieldError("endTime").getCode()).isEqualTo("EndBeforeStart");
		assertThat(errors.getFieldError("link").getCode()).isEqualTo("LinkNeeded");
	}

	@Test
	void aSeriesNeedsItsRuleAndAnEnd() {
		Errors errors = scheduling(meeting("9", "10:00", "11:00", VenueType.CAFE, null, Repeat.MONTHLY));
		assertThat(errors.getFieldError("monthWeek").getCode()).isEqualTo("NotNull");
		assertThat(errors.getFieldError("monthDay").getCode()).isEqualTo("NotNull");
		assertThat(errors.getFieldError("ends").getCode()).isEqualTo("NotNull");
	}

	@Test
	void aSeriesMakesTwoToTheMostMeetings() {
		Errors oneMeeting = scheduling(series("9", "3", "2027"));
		assertThat(oneMeeting.getFieldError("untilDay").getCode()).isEqualTo("TooFew");
		Errors tooMany = scheduling(series("9", "3", "2029"));
		assertThat(tooMany.getFieldError("untilDay").getCode()).isEqualTo("TooMany");
		assertThat(tooMany.getFieldError("untilDay").getArguments()).containsExactly(RepeatRule.MOST);
		assertThat(scheduling(series("9", "6", "2027")).hasErrors()).isFalse();
	}

	@Test
	void changingOneMeetingHasNoRepeatRule() {
		MeetingForm form = meeting("9", "10:00", "11:00", VenueType.HOME, "1 High Street", null);
		Errors errors = errors(form);
		MeetingFormValidator.changing(TODAY).validate(form, errors);
		assertThat(errors.hasErrors()).isFalse();
		assertThat(scheduling(form).getFieldError("repeat").getCode()).isEqualTo("NotNull");
	}

	/** A meeting in March 2027 ("28/2" for 28 February). */
	private static MeetingForm meeting(String day, String start, String end, VenueType venue, String address,
			Repeat repeat) {
		String[] dayMonth = day.contains("/") ? day.split("/") : new String[] { day, "3" };
		return new MeetingForm(dayMonth[0], dayMonth[1], "2027", start, end, "Riverside Cafe", venue, address, null,
				Set.of(), repeat, null, null, null, null, null, null, null, null, null);
	}

	/** Every week from 9 March 2027 until the day given. */
	private static MeetingForm series(String untilDay, String untilMonth, String untilYear) {
		return new MeetingForm("9", "3", "2027", "10:00", "11:00", "Riverside Cafe", VenueType.CAFE, null, null,
				Set.of(), Repeat.WEEKS, 1, null, null, RepeatEnd.UNTIL, untilDay, untilMonth, untilYear, null, null);
	}

	private static Errors scheduling(MeetingForm form) {
		Errors errors = errors(form);
		MeetingFormValidator.scheduling(TODAY).validate(form, errors);
		return errors;
	}

	private static Errors errors(MeetingForm form) {
		return new BeanPropertyBindingResult(form, "meetingForm");
	}

}
