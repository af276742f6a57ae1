package org.followon.invitation;

import java.time.Duration;
import java.time.Instant;

import org.followon.account.SecretTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTests {

	private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");

	private static Invitation invitation(String email) {
		return new Invitation(1L, 2, new Invitations.Invitee(3L, 4, "Maggie", email), "hash", "ABCDEFGH", 5, NOW);
	}

	@Test
	void anEmailedInvitationIsNotSentUntilTheMailServerTakesIt() {
		Invitation invitation = invitation("maggie@example.org");
		assertThat(invitation.status(NOW)).isEqualTo(InvitationStatus.NOT_SENT);
		assertThat(invitation.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
	}

	@Test
	void withoutAnEmailItIsACardToPrint() {
		assertThat(invitation(null).status(NOW)).isEqualTo(InvitationStatus.PRINTED_CARD);
	}

	@Test
	void itExpiresAfterFourteenDaysUnlessUsed() {
		Invitation invitation = invitation(null);
		assertThat(invitation.status(NOW.plus(Duration.ofDays(14)).minusSeconds(1)))
			.isEqualTo(InvitationStatus.PRINTED_CARD);
		assertThat(invitation.status(NOW.plus(Duration.ofDays(14)))).isEqualTo(InvitationStatus.EXPIRED);
		invitation.use(9, NOW.plus(Duration.ofDays(1)));
		assertThat(invitation.status(NOW.plus(Duration.ofDays(30)))).isEqualTo(InvitationStatus.USED);
	}

	@Test
	void renewingGivesANewLinkCodeAndFourteenDays() {
		Invitation invitation = invitation(null);
		Instant later = NOW.plus(Duration.ofDays(20));
		assertThat(invitation.status(later)).isEqualTo(InvitationStatus.EXPIRED);
		invitation.renew("new-hash", "JKMNPQRS", later);
		assertThat(invitation.status(later)).isEqualTo(InvitationStatus.PRINTED_CARD);
		assertThat(invitation.getTokenHash()).isEqualTo("new-hash");
		assertThat(invitation.getJoinCode()).isEqualTo("JKMNPQRS");
		assertThat(invitation.getExpiresAt()).isEqualTo(later.plus(Duration.ofDays(14)));
	}

	@Test
	void tokensAreLongRandomAndStoredOnlyAsAHash() {
		String token = SecretTokens.newToken(new java.security.SecureRandom());
		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(SecretTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(token);
		assertThat(SecretTokens.hash(token)).isEqualTo(SecretTokens.hash(token));
	}

}
