package org.followon.account;

import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins, one per role, created in an empty database when demo data is on (it
 * is off in the prod profile). They exist only here, never in a migration.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "followon-demo";

	/**
	 * One demo sign-in; the clinician and staff are on the duty rota for welfare concerns
	 * too.
	 */
	record Demo(String email, String name, Set<Role> roles) {

		Demo(String email, String name, Role role, Role... more) {
			this(email, name, java.util.EnumSet.of(role, more));
		}

	}

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("clinician@example.org", "Dr Asha Patel", Role.CLINICIAN, Role.DUTY),
			new Demo("ptv@example.org", "Gwen Roberts", Role.PTV),
			new Demo("member@example.org", "Peter Hughes", Role.MEMBER),
			new Demo("coordinator@example.org", "Linda Evans", Role.MEMBER),
			new Demo("staff@example.org", "Mark Davies", Role.STAFF, Role.DUTY));

	private static final Log log = LogFactory.getLog(DemoAccounts.class);

	private final Accounts accounts;

	private final Environment environment;

	DemoAccounts(Accounts accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.isEmpty()) {
			ACCOUNTS.forEach((d) -> this.accounts.createDemoAccount(d.email(), d.name(), PASSWORD, d.roles()));
			log.info("Demo accounts created");
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void printSignIns() {
		if (!this.accounts.anyDemoAccounts()) {
			return;
		}
		String port = this.environment.getProperty("local.server.port", "8080");
		StringBuilder text = new StringBuilder("\n\n  Follow-on is running at http://localhost:" + port + "/\n");
		text.append("  Demo sign-ins (password ").append(PASSWORD).append("):\n");
		ACCOUNTS.forEach((d) -> text.append("    ").append(d.email()).append("  (").append(d.roles()).append(")\n"));
		log.info(text);
	}

}
