package org.followon.meeting;

import jakarta.persistence.Converter;
import org.followon.group.Accessibility;
import org.followon.system.EnumSetColumn;

/**
 * A venue's accessibility as one column of names ("PARKING,STEP_FREE"), read back as a
 * set.
 */
@Converter
class AccessibilityColumn extends EnumSetColumn<Accessibility> {

	AccessibilityColumn() {
		super(Accessibility.class);
	}

}
