package org.followon.concern;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;

import org.followon.account.Accounts;
import org.followon.account.WithSecurityConfiguration;
import org.followon.system.FollowOnSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The concern module's controllers with the app's security rules and the services they
 * call mocked: one test context for all of the module's controller tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest({ DutyController.class, DutyTeamController.class, RaisingController.class })
@WithSecurityConfiguration
@Import(ConcernWebTest.Settings.class)
@MockitoBean(types = { DutyDesk.class, Accounts.class, Concerns.class })
@EnableConfigurationProperties(FollowOnSettings.class)
@interface ConcernWebTest {

	/** The service's hours as the pages tell them. */
	String HOURS = "Monday to Friday, 9am to 5pm, except bank holidays";

	/** The settings RaisingController reads: its pages give the service's hours. */
	@TestConfiguration
	class Settings {

		@Bean
		ConcernSettings concernSettings() {
			return new ConcernSettings("duty@example.org", Duration.ofHours(4),
					EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), null,
					"eng", 2, ConcernWebTest.HOURS);
		}

	}

}
