package org.followon.system;

import org.followon.account.Role;
import org.followon.account.WithSecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;

/**
 * What people see when something they did clashes or is not there: never a stack trace or
 * a 500.
 */
@WebMvcTest(controllers = ErrorPagesAdviceTests.Clashing.class)
@Import(ErrorPagesAdviceTests.Clashing.class)
@WithSecurityConfiguration
class ErrorPagesAdviceTests {

	@TestConfiguration
	@Controller
	static class Clashing {

		@GetMapping("/test/unique-clash")
		String uniqueClash() {
			throw new DataIntegrityViolationException("duplicate key value (someone@example.org)");
		}

		@GetMapping("/test/typed")
		@ResponseBody
		String typed(@RequestParam(required = false) String text) {
			return text == null ? "[nothing]" : "[" + text + "]";
		}

		@GetMapping("/test/failing")
		String failing() {
			// The page the error controller shows when something fails that nobody typed.
			return "error/500";
		}

		@GetMapping("/test/not-found")
		String notFound() {
			throw new NotFoundException("Thing", 7);
		}

	}

	@Autowired
	private MockMvcTester mvc;

	@Test
	void twoPeopleDoingTheSameThingAtOnceGetTheConflictPageWithAWayForward() {
		assertThat(this.mvc.get().uri("/test/unique-clash").with(as(1, Role.MEMBER))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("href=\"/\"")
			.doesNotContain("someone@example.org", "Exception");
	}

	@Test
	void anUnknownRecordIsNotFoundAndThePageKeepsTheUrgentHelp() {
		assertThat(this.mvc.get().uri("/test/not-found").with(as(1, Role.MEMBER))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("call 999", "NHS 111", "Samaritans free on 116 123", "not monitored around the clock");
	}

	@Test
	void controlCharactersAreDroppedAndTheRestTrimmed() {
		assertThat(this.mvc.get()
			.uri("/test/typed")
			.param("text", "  Ann\u0000 said\u0007\tthis\nand that  ")
			.with(as(1, Role.MEMBER))).hasStatusOk().bodyText().isEqualTo("[Ann said\tthis\nand that]");
		assertThat(this.mvc.get().uri("/test/typed").param("text", " \u0000 ").with(as(1, Role.MEMBER))).bodyText()
			.isEqualTo("[nothing]");
	}

	@Test
	void theProblemWithTheServicePageKeepsTheUrgentHelp() {
		assertThat(this.mvc.get().uri("/test/failing").with(as(1, Role.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("call 999", "NHS 111", "Samaritans free on 116 123", "not monitored around the clock");
	}

}
