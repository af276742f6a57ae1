package org.followon.account;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach which URL. Record-level rules (a clinician sees only the PMPs they
 * facilitate) are checked again in each module's service.
 */
@Configuration(proxyBeanMethods = false)
// Here as well as found by the scan: slice tests that import these rules need it too.
@EnableConfigurationProperties(AccountSettings.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SignInLinks> signInLinks)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			// The error page is rendered on error dispatches only; asked for directly it
			// is refused.
			.requestMatchers("/error")
			.denyAll()
			.requestMatchers("/", "/help", "/privacy", "/sign-in")
			.permitAll()
			// Signing in by emailed link and resetting a forgotten password: the link is
			// the key.
			.requestMatchers("/sign-in/**", SignInLinks.SUBMIT_PATH, "/password/**")
			.permitAll()
			.requestMatchers("/css/**", "/js/**", "/assets/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/information/follow-on-groups", "/information/follow-on-groups.pdf")
			.permitAll()
			.requestMatchers("/information/facilitator-guide")
			.hasAnyRole(Role.CLINICIAN.name(), Role.PTV.name(), Role.STAFF.name())
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// Invited members set up their account before they have one: the link or code
			// is the key.
			// ...and someone who already has an account signs in to join with it.
			.requestMatchers("/invitations/*/accept", "/join/*/accept")
			.authenticated()
			.requestMatchers("/invitations/**", "/join", "/join/**")
			.permitAll()
			// Calendar apps fetch a person's feed without signing in: the secret in the
			// URL is the key.
			.requestMatchers("/calendar/*.ics")
			.permitAll()
			.requestMatchers("/pmps/new")
			.hasRole(Role.CLINICIAN.name())
			// The network: an invitee answers a network meeting invitation from the
			// emailed link, which
			// is the key; clinicians read the summary for their own PMPs; everything else
			// is for staff.
			.requestMatchers("/network/rsvp/**")
			.permitAll()
			.requestMatchers("/network/summary", "/network/summary.pdf", "/network/summary.csv", "/network/summary/**")
			.hasAnyRole(Role.CLINICIAN.name(), Role.STAFF.name())
			.requestMatchers("/network", "/network/**")
			.hasRole(Role.STAFF.name())
			.requestMatchers("/groups/**")
			.authenticated()
			// Welfare concerns: anyone signed in raises one and follows their own; the
			// staff keep the
			// duty rota; only those on it read concerns (the service checks the rota
			// again).
			.requestMatchers("/concerns/new", "/concerns/mine", "/concerns/mine/**")
			.authenticated()
			.requestMatchers("/concerns/duty-team")
			.hasRole(Role.STAFF.name())
			.requestMatchers("/concerns", "/concerns/**")
			.hasRole(Role.DUTY.name())
			.requestMatchers("/pmps", "/pmps/**")
			.hasAnyRole(Role.CLINICIAN.name(), Role.PTV.name(), Role.STAFF.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("email")
				.successHandler(new LandingPage())
				.failureUrl("/sign-in?error")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut"))
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		// Absent only in MVC slice tests of other modules, which have no database for the
		// tokens.
		SignInLinks links = signInLinks.getIfAvailable();
		if (links != null) {
			http.oneTimeTokenLogin(links::configure);
		}
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(AccountSettings settings) {
		// Hashes are stored with their algorithm's id ("{bcrypt}…"), so a later move to
		// another algorithm adds its encoder here and older hashes still match.
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(settings.passwordHashStrength())));
	}

}
