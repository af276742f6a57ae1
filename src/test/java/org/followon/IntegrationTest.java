package org.followon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole app on real PostgreSQL (embedded, or TEST_DATABASE_URL, or Testcontainers)
 * with Flyway and ddl-auto=validate, demo data loaded, and Hibernate statistics on so
 * tests can count queries. Every test with this annotation shares one application
 * context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
