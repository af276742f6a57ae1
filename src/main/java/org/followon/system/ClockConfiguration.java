package org.followon.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in the service's time zone, so tests can fix "today". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(FollowOnSettings settings) {
		return Clock.system(settings.timeZone());
	}

}
