package org.followon.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff look over the network: the dashboard of every group, filtered by status and area,
 * sorted by last meeting, and on to a group's page. Two groups of its own in an area no
 * one else uses.
 */
class DashboardBrowserTests extends AbstractBrowserTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void staffFilterAndSortTheGroupsAndOpenOne() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		String area = "Journey " + UUID.randomUUID().toString().substring(0, 8);
		long staff = this.jdbc.queryForObject("select id from account where email = 'staff@example.org'", Long.class);
		group("Lately met group", area, today.minusMonths(6), today.minusDays(5), staff);
		group("Long ago met group", area, today.minusMonths(9), today.minusMonths(2), staff);

		signIn("staff@example.org");
		go("/network/groups");
		assertThat(h1()).isEqualTo("Groups in the network");

		choose("status-ACTIVE");
		new Select(driver.findElement(By.id("area"))).selectByVisibleText(area);
		clickButton("Show groups");
		assertThat(path()).contains("status=ACTIVE").contains("area=Journey");
		assertThat(groupNames()).containsExactly("Lately met group", "Long ago met group");

		new Select(driver.findElement(By.id("sort"))).selectByValue("oldest");
		clickButton("Show groups");
		assertThat(groupNames()).containsExactly("Long ago met group", "Lately met group");
		assertThat(driver.findElement(By.id("dashboard")).getText()).contains("Active", "No coordinator");

		clickLink("Lately met group");
		assertThat(path()).startsWith("/groups/");
		assertThat(h1()).isEqualTo("Lately met group");
	}

	private List<String> groupNames() {
		return driver.findElements(By.cssSelector("#dashboard tbody tr td:first-child a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void group(String name, String area, LocalDate formedOn, LocalDate lastMetOn, long staff) {
		this.jdbc.update("""
				insert into follow_on_group (name, frequency, channel, created_at, created_by, area, started_on,
				                             formed_on, last_met_on, active_since)
				values (?, 'MONTHLY', 'EMAIL', now(), ?, ?, ?, ?, ?, ?)""", name, staff, area, formedOn.minusMonths(1),
				formedOn, lastMetOn, formedOn);
	}

}
