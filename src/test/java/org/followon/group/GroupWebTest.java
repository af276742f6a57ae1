package org.followon.group;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.followon.account.WithSecurityConfiguration;
import org.followon.system.PdfDocuments;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The group module's controllers with the app's security rules and the services they call
 * mocked: one test context for all of the module's controller tests. The clock is fixed,
 * as the roster counts from today.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest({ ClosingController.class, GroupController.class, GroupDetailsController.class, RosterController.class,
		SharingController.class })
@WithSecurityConfiguration
@Import({ InMemoryGroups.StatusRules.class, GroupWebTest.Today.class })
@MockitoBean(types = { GroupService.class, Groups.class, GroupDetailsService.class, RosterService.class,
		SharingService.class, PdfDocuments.class })
@interface GroupWebTest {

	/** Today is 6 May 2027 (RosterControllerTests counts from it). */
	@TestConfiguration(proxyBeanMethods = false)
	class Today {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2027-05-06T09:00:00Z"), ZoneId.of("Europe/London"));
		}

	}

}
