/**
 * Welfare concerns: a member, coordinator or PTV raises a concern about themselves,
 * another member of their group or someone else, with the urgent-help numbers shown
 * first; the service's duty rota (clinicians and staff with the {@code DUTY} role) is
 * alerted by email with no personal details, reads the concern in the app (each read
 * recorded), acknowledges it, records actions and closes it with an outcome, its whole
 * history kept append-only; a second alert goes out, once, if nobody acknowledges it
 * within the set working hours; the raiser follows its status. Asks
 * {@link org.followon.group.Groups} who is in which group and
 * {@link org.followon.account.Accounts} who is on the rota.
 */
@ApplicationModule(allowedDependencies = { "group", "account", "system" })
package org.followon.concern;

import org.springframework.modulith.ApplicationModule;
