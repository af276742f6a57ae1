package org.followon.poll;

import java.util.Map;

/** A member's answer to each option of a poll, by option id; every option needs one. */
record AnswersForm(Map<Long, Availability> answers, Long version) {
}
