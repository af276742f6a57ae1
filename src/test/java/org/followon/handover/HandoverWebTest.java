package org.followon.handover;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.followon.account.WithSecurityConfiguration;
import org.followon.system.PdfDocuments;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The handover module's controllers with the app's security rules and the services they
 * call mocked: one test context for all of the module's controller tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest({ DiscussionController.class, HandoverController.class, InformationController.class, PlanController.class })
@WithSecurityConfiguration
@MockitoBean(types = { HandoverService.class, DiscussionService.class, PlanService.class, HandoverViews.class,
		PdfDocuments.class })
@interface HandoverWebTest {

}
