package org.followon.notify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code followon.notify.*}: how texts reach GOV.UK Notify (see docs/operations.md).
 *
 * @param apiKey the GOV.UK Notify API key for text-message reminders; without one, texts
 * are switched off and the settings pages say so
 * @param smsTemplateId the Notify text template reminders use (needed with a key)
 * @param baseUrl GOV.UK Notify's API address
 */
@ConfigurationProperties("followon.notify")
@Validated
record NotifySettings(@DefaultValue("") String apiKey, @DefaultValue("") String smsTemplateId, @NotBlank @Pattern(
		regexp = "https?://\\S+",
		message = "must be an absolute http(s) address") @DefaultValue("https://api.notifications.service.gov.uk") String baseUrl) {

}
