package org.followon.notify;

import java.util.Map;

/** Text messages to a person's own mobile: through GOV.UK Notify, or switched off. */
public interface TextMessages {

	/** Whether texts can be sent at all; false when no Notify API key is configured. */
	boolean enabled();

	/**
	 * Sends one text with the configured Notify template, filled in with these values.
	 * @param reference the app's own reference, kept by Notify; never personal data
	 * @throws TextNotSentException if it was not sent (switched off, refused,
	 * unreachable)
	 */
	void send(String mobile, Map<String, String> personalisation, String reference);

}
