package org.followon.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code followon.accounts.*}: how accounts' passwords are kept.
 *
 * @param passwordHashStrength bcrypt's work factor for new password hashes (log2 of its
 * rounds, 10 to 31 under the prod profile); each step doubles the time a sign-in and an
 * attacker's guess take. The test build lowers it to 4, bcrypt's least, so that thousands
 * of test sign-ins do not spend most of the suite's time hashing
 */
@ConfigurationProperties("followon.accounts")
@Validated
public record AccountSettings(@DefaultValue("10") @Min(4) @Max(31) int passwordHashStrength) {

	/**
	 * The least work factor the prod profile accepts: bcrypt's default, and OWASP's
	 * floor.
	 */
	static final int PRODUCTION_MINIMUM_STRENGTH = 10;

}
