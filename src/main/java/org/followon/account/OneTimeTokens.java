package org.followon.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;

/**
 * Sign-in link tokens kept in the database (V6), so that they survive a restart and work
 * on whichever instance the link is opened. Expired ones are deleted every hour.
 */
@Configuration(proxyBeanMethods = false)
class OneTimeTokens {

	@Bean
	JdbcOneTimeTokenService oneTimeTokenService(JdbcOperations jdbc, Clock clock) {
		JdbcOneTimeTokenService service = new JdbcOneTimeTokenService(jdbc);
		service.setClock(clock);
		return service;
	}

}
