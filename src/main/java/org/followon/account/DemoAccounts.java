package org.followon.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.followon.system.DemoData;
import org.followon.system.DemoRecords;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The account module's part of the demo data: the demo sign-ins, one per role, whose ids
 * it hands on as {@link DemoSignIns}. Demo data is off in the prod profile; the accounts
 * exist only here, never in a migration.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
class DemoAccounts implements DemoData {

	static final String PASSWORD = "followon-demo";

	/**
	 * One demo sign-in; the clinician and staff are on the duty rota for welfare concerns
	 * too.
	 */
	record Demo(String email, String name, Set<Role> roles) {

		Demo(String email, String name, Role role, Role... more) {
			this(email, name, EnumSet.of(role, more));
		}

	}

	static final Demo CLINICIAN = new Demo("clinician@example.org", "Dr Asha Patel", Role.CLINICIAN, Role.DUTY);

	static final Demo PTV = new Demo("ptv@example.org", "Gwen Roberts", Role.PTV);

	static final Demo MEMBER = new Demo("member@example.org", "Peter Hughes", Role.MEMBER);

	static final Demo COORDINATOR = new Demo("coordinator@example.org", "Linda Evans", Role.MEMBER);

	static final Demo STAFF = new Demo("staff@example.org", "Mark Davies", Role.STAFF, Role.DUTY);

	static final List<Demo> ACCOUNTS = List.of(CLINICIAN, PTV, MEMBER, COORDINATOR, STAFF);

	private static final Log log = LogFactory.getLog(DemoAccounts.class);

	private final Accounts accounts;

	private final Environment environment;

	DemoAccounts(Accounts accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public boolean hasData() {
		return !this.accounts.isEmpty();
	}

	@Override
	public void load(DemoRecords records) {
		records
			.add(new DemoSignIns(create(CLINICIAN), create(PTV), create(MEMBER), create(COORDINATOR), create(STAFF)));
	}

	private long create(Demo demo) {
		return this.accounts.createDemoAccount(demo.email(), demo.name(), PASSWORD, demo.roles()).id();
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
