/**
 * PMP cohorts: a programme's weekly sessions (the last three are the closure phase), its
 * facilitating clinicians and patient tutor volunteers, and the participants enrolled on
 * it.
 */
@ApplicationModule(allowedDependencies = { "account", "system" })
package org.followon.programme;

import org.springframework.modulith.ApplicationModule;
