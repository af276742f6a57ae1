package org.followon.network;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit is refused before any controller sees it (so this advice
 * cannot be limited to the import controller): the import page then says so, rather than
 * an error page.
 */
@ControllerAdvice
class ImportUploadLimitAdvice {

	private final ObjectProvider<ImportPages> pages;

	/**
	 * The pages through a provider: MVC slice tests of other modules load this advice
	 * without them.
	 */
	ImportUploadLimitAdvice(ObjectProvider<ImportPages> pages) {
		this.pages = pages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooBig(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		ImportPages pages = this.pages.getIfAvailable();
		if (pages == null || !request.getRequestURI().startsWith(request.getContextPath() + "/network/imports")) {
			return new ModelAndView("error/4xx");
		}
		ExtendedModelMap model = new ExtendedModelMap();
		String view = pages.tooBig(model);
		return new ModelAndView(view, model);
	}

}
