package org.followon.meeting;

import jakarta.persistence.Converter;

/** What a meeting covered, as one column of names. */
@Converter
class TopicsColumn extends EnumSetColumn<Topic> {

	TopicsColumn() {
		super(Topic.class);
	}

}
