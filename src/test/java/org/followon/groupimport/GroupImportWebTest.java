package org.followon.groupimport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.followon.account.WithSecurityConfiguration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The group import module's controller with the app's security rules and the import
 * service mocked: one test context for all of the module's controller tests. The page
 * views are the real ones.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest(ImportController.class)
@WithSecurityConfiguration
@Import(ImportViews.class)
// The upload limit shown on the page comes from Spring Boot's multipart settings.
@EnableConfigurationProperties(MultipartProperties.class)
@MockitoBean(types = GroupImportService.class)
@interface GroupImportWebTest {

}
