package org.followon.concern;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import org.followon.system.OutgoingMail;
import org.followon.system.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * After a concern is committed, the first alert goes out; if recording that it went fails
 * (the database gone for a moment), the person raising the concern must still be told it
 * was sent, because it was: nothing may escape from the after-commit step.
 */
class ConcernMailsTests {

	@AfterEach
	void clear() {
		TransactionSynchronizationManager.clearSynchronization();
	}

	@Test
	void aFailureAfterTheCommitNeverReachesThePersonRaisingTheConcern() {
		JavaMailSender sender = mock(JavaMailSender.class);
		PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
		given(transactions.getTransaction(any())).willThrow(new CannotCreateTransactionException("database gone"));
		ConcernSettings settings = new ConcernSettings("duty@example.org", Duration.ofHours(4),
				Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(), "none", 2, "Mondays");
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		OutgoingMail mail = new OutgoingMail(sender, Runnable::run,
				TestSettings.followOn("http://localhost", "app@example.org"));
		ConcernMails alerts = new ConcernMails(mail, messages, mock(JdbcClient.class),
				mock(ConcernEventRepository.class), transactions, Clock.systemUTC(), settings,
				TestSettings.followOn("http://localhost"));

		TransactionSynchronizationManager.initSynchronization();
		alerts.firstAlertAfterCommit(42, Urgency.TODAY);

		for (TransactionSynchronization sync : TransactionSynchronizationManager.getSynchronizations()) {
			assertThatNoException().isThrownBy(sync::afterCommit);
		}
		verify(sender).send(any(SimpleMailMessage.class));
	}

}
