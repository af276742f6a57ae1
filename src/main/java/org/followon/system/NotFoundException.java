package org.followon.system;

/**
 * A record the request names does not exist (or is not one the person may know of).
 * Rendered as the 404 page by {@link ErrorPagesAdvice}.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
