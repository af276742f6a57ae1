package org.followon.group;

/** Stepping down as coordinator, naming who takes over (or nobody yet). */
record SteppingDownForm(Long successorId, Long version) {
}
