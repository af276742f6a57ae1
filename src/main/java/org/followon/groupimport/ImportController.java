package org.followon.groupimport;

import org.followon.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff importing groups that met before the app: upload the files, check the preview,
 * confirm. See docs/import.md for the files.
 */
@Controller
class ImportController {

	private final GroupImportService service;

	private final ImportViews views;

	ImportController(GroupImportService service, ImportViews views) {
		this.service = service;
		this.views = views;
	}

	@GetMapping("/network/imports")
	String form(Model model) {
		model.addAttribute("page", this.views.upload());
		return ImportViews.UPLOAD;
	}

	@PostMapping("/network/imports")
	String upload(@RequestParam(required = false) MultipartFile groups,
			@RequestParam(required = false) MultipartFile meetings, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		GroupImportService.Uploaded uploaded = this.service.upload(groups, meetings, user);
		if (uploaded.id() == null) {
			model.addAttribute("page", this.views.upload(uploaded.problems()));
			return ImportViews.UPLOAD;
		}
		return "redirect:/network/imports/" + uploaded.id();
	}

	@GetMapping("/network/imports/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		GroupImportService.ImportPage page = this.service.page(id, user);
		if (page.upload().confirmed()) {
			model.addAttribute("page", page);
			return "groupimport/result";
		}
		model.addAttribute("page", this.views.preview(page));
		return "groupimport/preview";
	}

	@PostMapping("/network/imports/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) String fingerprint,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.confirm(id, fingerprint, user);
		redirect.addFlashAttribute("flash", "import.done");
		return "redirect:/network/imports/" + id;
	}

}
