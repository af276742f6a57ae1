/**
 * The twice-yearly network meetings ({@code /network/meetings}): staff schedule, change
 * and cancel them, invite by email everyone who agreed to be contacted, see the answers
 * given by each invitee's personal link ({@code /network/rsvp/{token}}), and record notes
 * and what each group shared. Who is invited is read with SQL from the views the other
 * modules publish; consent changes go through {@link org.followon.group.Groups}.
 */
@ApplicationModule(allowedDependencies = { "group", "account", "system" })
package org.followon.networkmeeting;

import org.springframework.modulith.ApplicationModule;
