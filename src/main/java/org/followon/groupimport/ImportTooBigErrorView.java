package org.followon.groupimport;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tomcat refuses an upload over the limit as soon as anything reads the form (the CSRF
 * check does, before any controller), with status 413; on that error page, an import
 * shows its own page saying the file is too big, instead of the general error page.
 */
@Component
class ImportTooBigErrorView implements ErrorViewResolver, Ordered {

	private final ImportViews views;

	ImportTooBigErrorView(ImportViews views) {
		this.views = views;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status.value() != 413 || path == null
				|| !path.toString().startsWith(request.getContextPath() + "/network/imports")) {
			return null;
		}
		return new ModelAndView(ImportViews.UPLOAD, Map.of("page", this.views.tooBig()), status);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
