package org.followon.notify;

import java.util.Map;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Texts through GOV.UK Notify: one template, filled in by the personalisation's values.
 */
class NotifyTextMessages implements TextMessages {

	private final NotificationClient client;

	private final String templateId;

	NotifyTextMessages(String apiKey, String templateId, String baseUrl) {
		this.client = new NotificationClient(apiKey, baseUrl);
		this.templateId = templateId;
	}

	@Override
	public boolean enabled() {
		return true;
	}

	@Override
	public void send(String mobile, Map<String, String> personalisation, String reference) {
		try {
			this.client.sendSms(this.templateId, mobile, personalisation, reference);
		}
		catch (NotificationClientException ex) {
			// Notify's message can echo what it refused; only the status is kept.
			throw new TextNotSentException("GOV.UK Notify answered " + ex.getHttpResult());
		}
		catch (RuntimeException ex) {
			throw new TextNotSentException("GOV.UK Notify could not be reached (" + ex.getClass().getName() + ")");
		}
	}

}
