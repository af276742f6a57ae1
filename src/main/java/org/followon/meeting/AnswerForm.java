package org.followon.meeting;

import jakarta.validation.constraints.NotNull;

/** A member's answer, for this meeting only or for every meeting of its series. */
record AnswerForm(@NotNull Answer answer, Boolean wholeSeries) {

	boolean forSeries() {
		return Boolean.TRUE.equals(this.wholeSeries);
	}

}
