package org.followon.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresStarterTests {

	private final EmbeddedPostgresStarter starter = new EmbeddedPostgresStarter();

	/** Only the given properties: not the JVM's, which may name a test database. */
	private static ConfigurableEnvironment environment(Map<String, Object> properties) {
		ConfigurableEnvironment environment = new AbstractEnvironment() {
		};
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	@Test
	void leavesAConfiguredDatabaseAlone() {
		ConfigurableEnvironment environment = environment(
				Map.of("spring.datasource.url", "jdbc:postgresql://db.example:5432/followon"));
		this.starter.postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example:5432/followon");
		assertThat(environment.getPropertySources().contains("embeddedPostgres")).isFalse();
	}

	@Test
	void startsNothingWhenTurnedOff() {
		ConfigurableEnvironment environment = environment(Map.of("followon.embedded-postgres.enabled", "false"));
		this.starter.postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("spring.datasource.url")).isNull();
	}

	@Test
	void otherwisePointsTheAppAtTheEmbeddedPostgres() {
		ConfigurableEnvironment environment = environment(Map.of("followon.embedded-postgres.ephemeral", "true"));
		this.starter.postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:");
	}

}
