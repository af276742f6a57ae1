package org.followon.groupimport;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit found once the import controller has been chosen: the
 * import page says so, rather than an error page. When the limit is hit before any
 * controller is chosen (Tomcat refusing the form, or the multipart check before the
 * handler lookup), the 413 error page is {@link ImportTooBigErrorView}, which shows the
 * same page.
 */
@ControllerAdvice(assignableTypes = ImportController.class)
class ImportUploadLimitAdvice {

	private final ObjectProvider<ImportViews> views;

	/**
	 * The views through a provider: MVC slice tests of other modules load every
	 * controller advice, without this module's components.
	 */
	ImportUploadLimitAdvice(ObjectProvider<ImportViews> views) {
		this.views = views;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooBig(MaxUploadSizeExceededException ex) {
		return new ModelAndView(ImportViews.UPLOAD, Map.of("page", this.views.getObject().tooBig()));
	}

}
