package org.followon.notify;

/**
 * A text that was not sent. The message holds no number and no content, so it may be
 * logged.
 */
public class TextNotSentException extends RuntimeException {

	TextNotSentException(String why) {
		super(why);
	}

}
