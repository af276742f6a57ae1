package org.followon.group;

import java.util.List;
import java.util.Map;

import org.followon.account.SignedInUser;
import org.followon.system.PdfDocuments;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GroupController {

	private final GroupService service;

	private final Groups groups;

	private final PdfDocuments pdfs;

	private final ObjectProvider<RequestsToJoin> requests;

	private final ObjectProvider<WaitingInvitations> invitations;

	GroupController(GroupService service, Groups groups, PdfDocuments pdfs, ObjectProvider<RequestsToJoin> requests,
			ObjectProvider<WaitingInvitations> invitations) {
		this.requests = requests;
		this.invitations = invitations;
		this.service = service;
		this.groups = groups;
		this.pdfs = pdfs;
	}

	@GetMapping("/groups")
	String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("home", this.service.home(user));
		RequestsToJoin asked = this.requests.getIfAvailable();
		model.addAttribute("requests", asked != null ? asked.askedBy(user.accountId()) : List.of());
		return "group/mine";
	}

	@GetMapping("/groups/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		GroupService.GroupPage page = this.service.page(id, user);
		model.addAttribute("page", page);
		RequestsToJoin asking = this.requests.getIfAvailable();
		model.addAttribute("requests", page.coordinating() && asking != null ? asking.waiting(id) : List.of());
		WaitingInvitations waiting = this.invitations.getIfAvailable();
		model.addAttribute("invitations", page.coordinating() && waiting != null ? waiting.of(id) : List.of());
		return "group/show";
	}

	@GetMapping("/groups/{id}/pack.pdf")
	ResponseEntity<byte[]> packPdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		byte[] pdf = this.pdfs.render("group/pack-pdf", Map.of("page", this.service.page(id, user)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("handover-pack.pdf").build().toString())
			// A contact list: never kept by a shared cache or the browser's back button.
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

	@GetMapping("/groups/{id}/pack")
	String pack(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", this.service.page(id, user));
		return "group/pack";
	}

}
