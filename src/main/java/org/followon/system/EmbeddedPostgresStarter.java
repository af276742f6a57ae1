package org.followon.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so
 * that {@code ./mvnw spring-boot:run} and {@code ./mvnw verify} need no database server.
 * Its data lives in {@code followon.embedded-postgres.data-directory} (default
 * {@code ./data/postgres}) and survives restarts; the test build asks for a throw-away
 * one instead. One instance serves every application context in the JVM.
 */
class EmbeddedPostgresStarter implements EnvironmentPostProcessor, Ordered {

	private static final Log log = LogFactory.getLog(EmbeddedPostgresStarter.class);

	private static EmbeddedPostgres instance;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("followon.embedded-postgres.enabled", Boolean.class, true)) {
			return;
		}
		EmbeddedPostgres postgres = start(environment);
		environment.getPropertySources()
			.addLast(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
							"spring.datasource.username", "postgres", "spring.datasource.password", "")));
	}

	private static synchronized EmbeddedPostgres start(ConfigurableEnvironment environment) {
		if (instance != null) {
			return instance;
		}
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (environment.getProperty("followon.embedded-postgres.ephemeral", Boolean.class, false)) {
				builder.setCleanDataDirectory(true);
			}
			else {
				Path dir = Path
					.of(environment.getProperty("followon.embedded-postgres.data-directory", "data/postgres"))
					.toAbsolutePath();
				Files.createDirectories(dir);
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
				log.info("Starting embedded PostgreSQL with data in " + dir);
			}
			instance = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresStarter::stop, "embedded-postgres-stop"));
			return instance;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static synchronized void stop() {
		try {
			if (instance != null) {
				instance.close();
			}
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	@Override
	public int getOrder() {
		// After application.properties and the profiles have been read.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
