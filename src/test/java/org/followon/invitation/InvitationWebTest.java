package org.followon.invitation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.followon.account.PasswordStrength;
import org.followon.account.WithSecurityConfiguration;
import org.followon.system.FollowOnSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The invitation module's controllers with the app's security rules and the services they
 * call mocked: one test context for all of the module's controller tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest({ AccountSetupController.class, GroupInvitationController.class, InvitationController.class,
		JoinCodeController.class })
@WithSecurityConfiguration
@Import(PasswordStrength.class)
@MockitoBean(types = { AccountSetupService.class, AccountSetupSignIn.class, GroupInvitationService.class,
		InvitationService.class })
@EnableConfigurationProperties(FollowOnSettings.class)
@interface InvitationWebTest {

}
