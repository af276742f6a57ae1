package org.followon.notify;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Texts go through GOV.UK Notify when its API key is set; otherwise they are switched
 * off.
 */
@Configuration(proxyBeanMethods = false)
class TextMessagesConfiguration {

	@Bean
	TextMessages textMessages(NotifySettings settings) {
		String apiKey = settings.apiKey();
		String templateId = settings.smsTemplateId();
		if (apiKey.isBlank()) {
			return new SwitchedOffTextMessages();
		}
		if (templateId.isBlank()) {
			throw new IllegalStateException(
					"followon.notify.api-key is set, so followon.notify.sms-template-id must be too");
		}
		return new NotifyTextMessages(apiKey.strip(), templateId.strip(), settings.baseUrl());
	}

}
