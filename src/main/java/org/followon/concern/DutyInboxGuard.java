package org.followon.concern;

import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to run the prod profile while welfare-concern alerts would go nowhere real: no
 * duty inbox, or the example address the app ships with
 * ({@code followon.concerns.duty-inbox}, which defaults to
 * {@code followon.service-inbox}).
 */
@Component
@Profile("prod")
class DutyInboxGuard implements ApplicationRunner {

	private final ConcernSettings settings;

	DutyInboxGuard(ConcernSettings settings) {
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		check(this.settings.dutyInbox());
	}

	static void check(String inbox) {
		String address = inbox == null ? "" : inbox.strip().toLowerCase(Locale.ROOT);
		if (!address.matches("[^@\\s]+@[^@\\s]+") || address.endsWith("@example.org")
				|| address.endsWith(".example.org")) {
			throw new IllegalStateException("Set FOLLOWON_CONCERNS_DUTY_INBOX (or FOLLOWON_SERVICE_INBOX) to the "
					+ "pain service's own inbox before running with the prod profile: welfare-concern alerts go there");
		}
	}

}
