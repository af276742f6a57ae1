package org.followon.network;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit is refused before any controller sees it (so this advice cannot be
 * limited to the import controller): the import page then says so, rather than an error page.
 */
@ControllerAdvice
class ImportUploadLimitAdvice {

	private final ImportPages pages;

	ImportUploadLimitAdvice(ImportPages pages) {
		this.pages = pages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooBig(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/network/imports")) {
			return new ModelAndView("error/4xx");
		}
		ExtendedModelMap model = new ExtendedModelMap();
		String view = this.pages.tooBig(model);
		return new ModelAndView(view, model);
	}

}
