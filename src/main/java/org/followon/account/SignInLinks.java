package org.followon.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ott.OneTimeTokenLoginConfigurer;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in with a link emailed to the account's address (Spring Security's
 * one-time-token login). A link is made only for an address with an enabled account; for
 * any other the request falls through to {@link SignInLinkController}, which shows the
 * same "check your email" page.
 */
@Component
class SignInLinks implements GenerateOneTimeTokenRequestResolver, OneTimeTokenGenerationSuccessHandler {

	static final String REQUEST_PATH = "/sign-in/link";

	static final String SUBMIT_PATH = "/login/ott";

	static final String PROBLEM_PATH = "/sign-in/link-problem";

	static final String CHECK_EMAIL_PATH = "/sign-in/check-email";

	/**
	 * Longer than Spring's 5 minutes: email can be slow, and so can people
	 * (docs/decisions.md).
	 */
	static final Duration EXPIRY = Duration.ofMinutes(15);

	private final OneTimeTokenService tokens;

	private final AccountRepository accounts;

	private final AccountMails mail;

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	SignInLinks(OneTimeTokenService tokens, AccountRepository accounts, AccountMails mail) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.mail = mail;
	}

	void configure(OneTimeTokenLoginConfigurer<HttpSecurity> ott) {
		ott.tokenService(this.tokens)
			.tokenGeneratingUrl(REQUEST_PATH)
			.generateRequestResolver(this)
			.tokenGenerationSuccessHandler(this)
			.loginPage("/sign-in")
			.loginProcessingUrl(SUBMIT_PATH)
			// Our own page at GET /login/ott: the default is not NHS-styled.
			.showDefaultSubmitPage(false)
			.successHandler(new LandingPage())
			.authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(PROBLEM_PATH));
	}

	@Override
	@Transactional(readOnly = true)
	public GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
		String email = SignInLinkForm.normalise(request.getParameter("email"));
		if (email == null || !SignInLinkForm.looksLikeAnEmail(email)) {
			return null;
		}
		return this.accounts.findByEmailIgnoreCase(email)
			.filter(Account::isEnabled)
			.map((account) -> new GenerateOneTimeTokenRequest(account.getEmail(), EXPIRY))
			.orElse(null);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		this.mail.send(token.getUsername().toLowerCase(Locale.ROOT), "signInLink.mail",
				this.mail.link(SUBMIT_PATH + "?token=" + token.getTokenValue()));
		this.redirect.sendRedirect(request, response, CHECK_EMAIL_PATH);
	}

}
