package org.followon.system;

import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code followon.*}: the settings every module shares, about where this deployment of
 * the app lives and how people reach the pain service. Each module's own settings are a
 * record of their own in its package ({@code followon.<module>.*}).
 *
 * @param baseUrl the address people use to reach the app, for links in emails and on
 * printed cards; absolute ({@code https://} in production)
 * @param timeZone the service's time zone: "today", meeting times, reminders and working
 * hours are in it
 * @param serviceInbox the pain service's inbox: told when a group is left without a
 * coordinator or a coordinator closes it (the email holds a link, no personal details),
 * and shown on the help pages
 * @param service how people reach the pain service by phone
 * @param mail who the app's emails come from
 */
@ConfigurationProperties("followon")
@Validated
public record FollowOnSettings(
		@NotBlank @Pattern(regexp = "https?://[^/\\s]+(/\\S*)?",
				message = "must be an absolute http(s) address") String baseUrl,
		@NotNull ZoneId timeZone, @NotBlank @Email String serviceInbox, @Valid @NotNull @DefaultValue Service service,
		@Valid @NotNull Mail mail) {

	public FollowOnSettings {
		// Trimmed once here, so every link is the base plus a path that starts with "/".
		baseUrl = (baseUrl != null) ? baseUrl.strip().replaceAll("/+$", "") : null;
	}

	/**
	 * The absolute address of a page of the app.
	 * @param path the page's path, starting with "/"
	 * @return the base URL followed by the path
	 */
	public String link(String path) {
		return this.baseUrl + path;
	}

	/**
	 * {@code followon.service.*}: how people reach the pain service.
	 *
	 * @param phone the pain service's phone number, shown on the help pages ("Contacting
	 * the pain service", and when raising a concern); empty shows the email only
	 */
	public record Service(@DefaultValue("") String phone) {

	}

	/**
	 * {@code followon.mail.*}: the app's emails.
	 *
	 * @param from who the app's emails (invitations, sign-in links, notices, alerts,
	 * reminders) come from, e.g. {@code Follow-on groups <no-reply@example.org>}
	 */
	public record Mail(@NotBlank String from) {

	}

}
