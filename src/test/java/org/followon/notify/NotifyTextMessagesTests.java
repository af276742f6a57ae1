package org.followon.notify;

import java.util.Base64;
import java.util.Map;

import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Texts through the official Notify client, against a local server that checks what
 * arrives.
 */
class NotifyTextMessagesTests {

	private final LocalNotify notify = new LocalNotify();

	private final TextMessages texts = new TextMessagesConfiguration()
		.textMessages(new NotifySettings(LocalNotify.API_KEY, LocalNotify.TEMPLATE_ID, this.notify.baseUrl()));

	@AfterEach
	void stop() {
		this.notify.close();
	}

	@Test
	void aTextIsPostedToNotifyWithASignedTokenTheNumberAndTheTemplatesValues() {
		assertThat(this.texts.enabled()).isTrue();
		this.texts.send("07700 900123", Map.of("group", "Riverside Thursday group", "date", "Thursday 2 April"),
				"reminder-1-morning_of");
		assertThat(this.notify.requests()).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/v2/notifications/sms");
			assertThat(request.authorization()).startsWith("Bearer ");
			String[] jwt = request.authorization().substring("Bearer ".length()).split("\\.");
			assertThat(jwt).hasSize(3);
			JSONObject claims = new JSONObject(new String(Base64.getUrlDecoder().decode(jwt[1])));
			assertThat(LocalNotify.API_KEY).contains(claims.getString("iss"));
			JSONObject body = new JSONObject(request.body());
			assertThat(body.getString("phone_number")).isEqualTo("07700 900123");
			assertThat(body.getString("template_id")).isEqualTo(LocalNotify.TEMPLATE_ID);
			assertThat(body.getString("reference")).isEqualTo("reminder-1-morning_of");
			assertThat(body.getJSONObject("personalisation").toMap())
				.isEqualTo(Map.of("group", "Riverside Thursday group", "date", "Thursday 2 April"));
		});
	}

	@Test
	void aRefusedTextIsReportedWithoutTheNumber() {
		this.notify.failFor("07700 900456");
		assertThatThrownBy(() -> this.texts.send("07700 900456", Map.of(), "r"))
			.isInstanceOf(TextNotSentException.class)
			.hasMessageContaining("500")
			.hasMessageNotContaining("900456");
	}

	@Test
	void withoutAKeyTextsAreSwitchedOff() {
		TextMessages off = new TextMessagesConfiguration()
			.textMessages(new NotifySettings(" ", "", "https://api.notifications.service.gov.uk"));
		assertThat(off.enabled()).isFalse();
		assertThatThrownBy(() -> off.send("07700 900123", Map.of(), "r")).isInstanceOf(TextNotSentException.class);
	}

}
