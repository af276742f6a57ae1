package org.followon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole app on real PostgreSQL (embedded, or TEST_DATABASE_URL, or Testcontainers)
 * with Flyway and ddl-auto=validate, demo data loaded, and Hibernate statistics on so
 * tests can count queries. It listens on a real port, for the browser tests and the
 * upload limit that only a real Tomcat enforces, and offers MockMvc for the rest. Every
 * integration and browser test uses this annotation and nothing that would change the
 * context, so the run starts the app once. The scheduled jobs are registered as in
 * production but never fire on their own ({@link ScheduledJobsStayStill}): tests run the
 * jobs themselves, with clocks of their own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import(ScheduledJobsStayStill.class)
public @interface IntegrationTest {

}
