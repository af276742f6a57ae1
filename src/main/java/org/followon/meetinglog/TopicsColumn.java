package org.followon.meetinglog;

import jakarta.persistence.Converter;
import org.followon.system.EnumSetColumn;

/** What a meeting covered, as one column of names. */
@Converter
class TopicsColumn extends EnumSetColumn<Topic> {

	TopicsColumn() {
		super(Topic.class);
	}

}
