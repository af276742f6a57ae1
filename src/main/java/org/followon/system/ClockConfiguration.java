package org.followon.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in the service's time zone, so tests can fix "today". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${followon.time-zone}") ZoneId zone) {
		return Clock.system(zone);
	}

}
