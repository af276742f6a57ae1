package org.followon.network;

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

	private final ImportPages pages;

	ImportController(GroupImportService service, ImportPages pages) {
		this.service = service;
		this.pages = pages;
	}

	@GetMapping("/network/imports")
	String form(Model model) {
		return this.pages.upload(model);
	}

	@PostMapping("/network/imports")
	String upload(@RequestParam(required = false) MultipartFile groups,
			@RequestParam(required = false) MultipartFile meetings, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		GroupImportService.Uploaded uploaded = this.service.upload(groups, meetings, user);
		if (uploaded.id() == null) {
			return this.pages.upload(model, uploaded.problems());
		}
		return "redirect:/network/imports/" + uploaded.id();
	}

	@GetMapping("/network/imports/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		GroupImportService.ImportPage page = this.service.page(id, user);
		model.addAttribute("page", page);
		if (page.upload().confirmed()) {
			return "network/import-result";
		}
		model.addAttribute("problems",
				page.problems().any() ? this.pages.lines(page.problems(), "#upload-again") : java.util.List.of());
		model.addAttribute("moreProblems", Math.max(0, page.problems().count() - ImportPages.SHOWN));
		return "network/import-preview";
	}

	@PostMapping("/network/imports/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) String fingerprint,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.confirm(id, fingerprint, user);
		redirect.addFlashAttribute("flash", "import.done");
		return "redirect:/network/imports/" + id;
	}

}
