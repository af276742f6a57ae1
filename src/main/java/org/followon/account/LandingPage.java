package org.followon.account;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where someone lands after signing in, by password or by emailed link: the page they
 * asked for if sign-in interrupted them; otherwise members go straight to their groups
 * (their home in the app) and everyone else to the home page with its links to their
 * PMPs.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String MEMBERS_HOME = "/groups";

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
		return "/";
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		// Roles only: Spring Security also grants authorities for how someone signed in.
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((a) -> a.startsWith("ROLE_"))
			.collect(Collectors.toSet());
		return roles.equals(Set.of(Role.MEMBER.authority())) ? MEMBERS_HOME : "/";
	}

}
