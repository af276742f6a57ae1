package org.followon.account;

import java.beans.PropertyEditorSupport;

import jakarta.validation.Valid;

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

@Controller
class PasswordResetController {

	private static final String FORGOTTEN_VIEW = "account/password-forgotten";

	private static final String RESET_VIEW = "account/password-reset";

	private final PasswordResets resets;

	private final PasswordStrength strength;

	PasswordResetController(PasswordResets resets, PasswordStrength strength) {
		this.resets = resets;
		this.strength = strength;
	}

	@InitBinder("newPasswordForm")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		// The app trims what people type, but a password is kept exactly as typed, as
		// sign-in reads it.
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isEmpty() ? null : text);
			}
		});
	}

	@InitBinder("newPasswordForm")
	void newPasswordFormValidator(WebDataBinder binder) {
		binder.addValidators(new NewPasswordFormValidator(this.strength));
	}

	@GetMapping("/password/forgotten")
	String forgotten(Model model) {
		model.addAttribute("signInLinkForm", SignInLinkForm.empty());
		return FORGOTTEN_VIEW;
	}

	@PostMapping("/password/forgotten")
	String requestReset(@Valid @ModelAttribute SignInLinkForm signInLinkForm, BindingResult result) {
		if (result.hasErrors()) {
			return FORGOTTEN_VIEW;
		}
		this.resets.request(signInLinkForm.email());
		return "redirect:" + SignInLinks.CHECK_EMAIL_PATH;
	}

	@GetMapping("/password/reset/{token}")
	String resetForm(@PathVariable String token, Model model) {
		this.resets.check(token);
		model.addAttribute("token", token);
		model.addAttribute("newPasswordForm", NewPasswordForm.empty());
		return RESET_VIEW;
	}

	@PostMapping("/password/reset/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute NewPasswordForm newPasswordForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.resets.check(token);
		model.addAttribute("token", token);
		if (result.hasErrors()) {
			return RESET_VIEW;
		}
		this.resets.reset(token, newPasswordForm.password());
		redirect.addFlashAttribute("flash", "passwordReset.done");
		return "redirect:/sign-in";
	}

	@ExceptionHandler(PasswordResetProblemException.class)
	ModelAndView problem(PasswordResetProblemException ex) {
		ModelAndView page = new ModelAndView("account/password-reset-problem");
		page.addObject("problem", ex.problem());
		page.setStatus(ex.problem().status());
		return page;
	}

}
