package org.followon.meeting;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.followon.group.Accessibility;

/** A venue's accessibility as one column of names ("PARKING,STEP_FREE"), read back as a set. */
@Converter
class AccessibilityColumn implements AttributeConverter<Set<Accessibility>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Accessibility> values) {
		return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<Accessibility> convertToEntityAttribute(String column) {
		Set<Accessibility> values = EnumSet.noneOf(Accessibility.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(Accessibility::valueOf).forEach(values::add);
		}
		return values;
	}

}
