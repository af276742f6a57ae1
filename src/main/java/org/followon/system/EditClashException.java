package org.followon.system;

/**
 * Someone else saved the same record after this person opened it. Rendered as the 409
 * page, which links back to the record so the person can see the latest version and try
 * again.
 */
public class EditClashException extends RuntimeException {

	private final String returnPath;

	public EditClashException(String returnPath) {
		super("Edit clash");
		this.returnPath = returnPath;
	}

	public String returnPath() {
		return this.returnPath;
	}

}
