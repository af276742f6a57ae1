package org.followon.system;

import org.springframework.validation.Errors;

/**
 * A value a form sent that only the service could find wrong, against saved data (a taken
 * address, a date past a neighbour's). A module throws its own subclass; the controller
 * catches it and reports it with {@link #rejectOn}, so the page shows it like any error a
 * form's validator found, with the same field, code and arguments.
 */
public abstract class RejectedValueException extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	protected RejectedValueException(String field, String code, Object... arguments) {
		super(field + " rejected: " + code);
		this.field = field;
		this.code = code;
		this.arguments = (arguments.length > 0) ? arguments : null;
	}

	/** Reports this problem on the form's field. */
	public void rejectOn(Errors errors) {
		errors.rejectValue(this.field, this.code, this.arguments, null);
	}

}
