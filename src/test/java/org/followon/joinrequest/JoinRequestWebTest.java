package org.followon.joinrequest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.followon.account.WithSecurityConfiguration;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The joinrequest module's controller with the app's security rules and its service
 * mocked: one test context for all of the module's controller tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest(JoinRequestController.class)
@WithSecurityConfiguration
@MockitoBean(types = JoinRequestService.class)
@interface JoinRequestWebTest {

}
