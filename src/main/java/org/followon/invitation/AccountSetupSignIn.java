package org.followon.invitation;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in straight after they set up their account, so they land on their
 * group's page without typing their new password again. As the sign-in form does: a new
 * session id (so a session fixed before sign-in is worthless) and a new CSRF token, then
 * the security context is saved in the session.
 */
@Component
class AccountSetupSignIn {

	private final UserDetailsService users;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SessionAuthenticationStrategy session = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

	AccountSetupSignIn(UserDetailsService users) {
		this.users = users;
	}

	void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.users.loadUserByUsername(email);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		this.session.onAuthentication(authentication, request, response);
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
