package org.followon.group;

/**
 * Where a group stands, always worked out from what it did (never typed in): see
 * {@link GroupStatusRules}.
 */
public enum GroupStatus {

	/**
	 * Not yet met as a follow-on group: three or more PMP participants, face to face,
	 * after the PMP.
	 */
	FORMING,
	/** Formed, and meeting. */
	ACTIVE,
	/** Has not met for longer than the dormant time (3 months unless configured). */
	DORMANT,
	/**
	 * Closed by a coordinator or staff, or dormant for longer than the folding time (12
	 * months).
	 */
	FOLDED

}
