package org.followon.invitation;

import java.beans.PropertyEditorSupport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.followon.account.PasswordStrength;
import org.followon.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account set-up form, reached by the emailed link or by a join code. Opening it
 * changes nothing (mail scanners open links); only a valid form uses the invitation.
 */
@Controller
class AccountSetupController {

	static final String VIEW = "invitation/account-setup";

	private final AccountSetupService service;

	private final PasswordStrength passwords;

	private final AccountSetupSignIn signIn;

	AccountSetupController(AccountSetupService service, PasswordStrength passwords, AccountSetupSignIn signIn) {
		this.service = service;
		this.passwords = passwords;
		this.signIn = signIn;
	}

	@InitBinder("accountSetupForm")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		// The app trims what people type, but a password must be kept exactly as typed,
		// as the
		// sign-in page reads it. The form trims the email address itself.
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isEmpty() ? null : text);
			}
		});
	}

	@InitBinder("accountSetupForm")
	void accountSetupFormValidator(WebDataBinder binder) {
		binder.addValidators(new AccountSetupFormValidator(this.passwords, this.service));
	}

	@GetMapping("/invitations/{token}")
	String byLink(@PathVariable String token, @AuthenticationPrincipal SignedInUser user, Model model) {
		return form(AccountSetupKey.ofToken(token), user, model);
	}

	@PostMapping("/invitations/{token}")
	String setUpByLink(@PathVariable String token, @Valid @ModelAttribute AccountSetupForm accountSetupForm,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return setUp(AccountSetupKey.ofToken(token), accountSetupForm, result, model, request, response, redirect);
	}

	@GetMapping("/join/{code}")
	String byCode(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		return form(AccountSetupKey.ofJoinCode(code), user, model);
	}

	/**
	 * Someone who already has an account, signed in, joins with it (sign-in comes first).
	 */
	@GetMapping({ "/invitations/{token}/accept", "/join/{code}/accept" })
	String acceptPage(@PathVariable(required = false) String token, @PathVariable(required = false) String code,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		AccountSetupKey key = token != null ? AccountSetupKey.ofToken(token) : AccountSetupKey.ofJoinCode(code);
		model.addAttribute("page", this.service.open(key));
		model.addAttribute("action", key.path() + "/accept");
		model.addAttribute("user", user);
		return "invitation/accept";
	}

	@PostMapping({ "/invitations/{token}/accept", "/join/{code}/accept" })
	String accept(@PathVariable(required = false) String token, @PathVariable(required = false) String code,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		AccountSetupKey key = token != null ? AccountSetupKey.ofToken(token) : AccountSetupKey.ofJoinCode(code);
		long groupId = this.service.accept(key, user.accountId());
		redirect.addFlashAttribute("flash", "invitation.accepted");
		return "redirect:/groups/" + groupId;
	}

	@PostMapping("/join/{code}")
	String setUpByCode(@PathVariable String code, @Valid @ModelAttribute AccountSetupForm accountSetupForm,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return setUp(AccountSetupKey.ofJoinCode(code), accountSetupForm, result, model, request, response, redirect);
	}

	@ExceptionHandler(InvitationProblemException.class)
	ModelAndView problem(InvitationProblemException ex) {
		ModelAndView page = new ModelAndView("invitation/invitation-problem");
		page.addObject("problem", ex.problem());
		page.setStatus(ex.problem().status());
		return page;
	}

	private String form(AccountSetupKey key, SignedInUser user, Model model) {
		if (user != null) {
			return "redirect:" + key.path() + "/accept";
		}
		AccountSetupPage page = this.service.open(key);
		model.addAttribute("accountSetupForm", AccountSetupForm.startingWith(page.email()));
		return view(key, page, model);
	}

	private String setUp(AccountSetupKey key, AccountSetupForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		AccountSetupPage page = this.service.open(key);
		if (result.hasErrors()) {
			return view(key, page, model);
		}
		long groupId;
		try {
			groupId = this.service.setUp(key, form);
		}
		catch (EmailInUseException ex) {
			ex.rejectOn(result);
			return view(key, page, model);
		}
		this.signIn.signIn(form.email(), request, response);
		redirect.addFlashAttribute("flash", "account.created");
		return "redirect:/groups/" + groupId;
	}

	private String view(AccountSetupKey key, AccountSetupPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("action", key.path());
		return VIEW;
	}

}
