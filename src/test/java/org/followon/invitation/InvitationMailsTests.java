package org.followon.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.followon.system.OutgoingMail;
import org.followon.system.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@ExtendWith(OutputCaptureExtension.class)
class InvitationMailsTests {

	private static final Instant EXPIRES = Instant.parse("2027-03-16T10:00:00Z");

	private final JavaMailSender sender = mock(JavaMailSender.class);

	private final InvitationRepository invitations = mock(InvitationRepository.class);

	private final InvitationMails mailer = mailer();

	private final InvitationMail mail = new InvitationMail(42, "hash", "maggie@example.org", "Maggie",
			"Tuesday Riverside Group", "the-secret-token", "ABCDEFGH", EXPIRES);

	private InvitationMails mailer() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/system", "messages/invitation");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
		given(transactions.getTransaction(any())).willReturn(new SimpleTransactionStatus());
		OutgoingMail outgoing = new OutgoingMail(this.sender, Runnable::run,
				TestSettings.followOn("https://followon.example.org/"));
		return new InvitationMails(outgoing, messages, this.invitations, transactions,
				Clock.fixed(EXPIRES.minusSeconds(3600), ZoneId.of("Europe/London")),
				TestSettings.followOn("https://followon.example.org/"));
	}

	@Test
	void theEmailSaysWhoFromWhichGroupTheLinkTheCodeAndWhereToGetUrgentHelp() {
		this.mailer.send(this.mail);
		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.sender).send(sent.capture());
		SimpleMailMessage message = sent.getValue();
		assertThat(message.getTo()).containsExactly("maggie@example.org");
		assertThat(message.getFrom()).isEqualTo("Follow-on groups <no-reply@example.org>");
		assertThat(message.getSubject()).isEqualTo("Your invitation to join Tuesday Riverside Group");
		assertThat(message.getText()).isEqualTo("""
				Hello Maggie,

				Pain management service has invited you to join Tuesday Riverside Group on Follow-on groups, \
				the website your group can use to keep in touch.

				To set up your account, open this link:

				https://followon.example.org/invitations/the-secret-token

				The link works once. It stops working on Tuesday 16 March 2027.

				If the link does not work, go to https://followon.example.org/join and enter this join code: ABCD-EFGH

				If you were not expecting this email, you can ignore it.

				Follow-on groups is not an emergency service and nobody watches it around the clock. If you need \
				help now: call 999 if someone is in immediate danger, call NHS 111 for urgent medical help, or call \
				Samaritans free on 116 123 to talk to someone at any time.

				From Pain management service
				""");
		verify(this.invitations).markSent(any(Long.class), any(), any());
	}

	@Test
	void aFailureIsLoggedWithoutPersonalDetailsAndNotRecordedAsSent(CapturedOutput output) {
		willThrow(new MailSendException("Invalid Addresses: maggie@example.org")).given(this.sender)
			.send(any(SimpleMailMessage.class));
		this.mailer.send(this.mail);
		verify(this.invitations, never()).markSent(anyLong(), any(), any());
		assertThat(output).contains("Invitation 42 was not sent")
			.doesNotContain("maggie@example.org")
			.doesNotContain("Maggie")
			.doesNotContain("the-secret-token");
		assertThat(this.mail.toString()).doesNotContain("maggie", "Maggie", "the-secret-token");
	}

}
