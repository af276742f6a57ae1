package org.followon.notify;

import java.util.Map;

/** No Notify API key is configured: nobody is offered texts, and none is ever sent. */
class SwitchedOffTextMessages implements TextMessages {

	@Override
	public boolean enabled() {
		return false;
	}

	@Override
	public void send(String mobile, Map<String, String> personalisation, String reference) {
		throw new TextNotSentException("Text messages are switched off");
	}

}
