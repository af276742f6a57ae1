package org.followon.system;

import java.util.regex.Pattern;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/**
 * What people type, tidied before it is bound: control characters other than tab and line
 * breaks are dropped (PostgreSQL refuses a NUL in text, and none of them means anything
 * on a page), then the text is trimmed and blank becomes null, so {@code @NotBlank} and
 * optional fields behave.
 */
final class TypedTextEditor extends StringTrimmerEditor {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	TypedTextEditor() {
		super(true);
	}

	@Override
	public void setAsText(String text) {
		super.setAsText(text == null ? null : CONTROL.matcher(text).replaceAll(""));
	}

}
