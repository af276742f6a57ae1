package org.followon.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tidies what people type ({@link TypedTextEditor}) and turns "not found" and edit
 * clashes into their calm error pages. Nothing here logs what was typed: it may be
 * personal data.
 */
@ControllerAdvice
class ErrorPagesAdvice {

	private static final Log log = LogFactory.getLog(ErrorPagesAdvice.class);

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TypedTextEditor());
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(Exception ex) {
		return new ModelAndView("error/404");
	}

	@ExceptionHandler(EditClashException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView editClash(EditClashException ex) {
		return new ModelAndView("error/409").addObject("returnPath", ex.returnPath());
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView lostUpdate(ObjectOptimisticLockingFailureException ex) {
		log.info("Concurrent update of " + ex.getPersistentClassName());
		return new ModelAndView("error/409").addObject("returnPath", "/");
	}

	/**
	 * Two people (or two tabs) doing the same thing at the same moment, caught by a
	 * unique index: the same 409 page with a way forward. The exception's message can
	 * hold the values that clashed, so only its type is logged.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView clash(DataIntegrityViolationException ex) {
		log.info("Constraint clash (" + ex.getClass().getSimpleName() + ")");
		return new ModelAndView("error/409").addObject("returnPath", "/");
	}

}
