package org.followon.group;

import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.group.TestGroups.Person;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base for tests of the members' side of groups that commit, on groups and people of
 * their own made with {@link TestGroups}, and look at pages as those people would.
 */
@IntegrationTest
public abstract class AbstractGroupIntegrationTests {

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private Groups groups;

	@Autowired
	protected Accounts accounts;

	protected TestGroups fixtures;

	@BeforeEach
	protected void newFixtures() {
		this.fixtures = new TestGroups(this.groups, this.accounts, this.jdbc);
	}

	/** The page as this person sees it; it must be there for them. */
	protected String seen(Person who, String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).with(who.signedIn()).exchange();
		assertThat(result).as("%s for %s", path, who.name()).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	/** The page as this person requests it, for a status they should get instead. */
	protected MvcTestResult requested(Person who, String path) {
		return this.mvc.get().uri(path).with(who.signedIn()).exchange();
	}

}
