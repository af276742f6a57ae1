package org.followon.handover;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A change to a hand-over that has been confirmed: the 409 page, pointing back to its
 * outcome.
 */
@ControllerAdvice(assignableTypes = { HandoverController.class, DiscussionController.class, PlanController.class })
class HandoverAdvice {

	@ExceptionHandler(HandoverClosedException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView closed(HttpServletRequest request) {
		String path = request.getRequestURI();
		String handover = path.substring(0, path.indexOf("/handover") + "/handover".length());
		return new ModelAndView("error/409").addObject("returnPath", handover)
			.addObject("errorKey", "error.handoverClosed");
	}

}
