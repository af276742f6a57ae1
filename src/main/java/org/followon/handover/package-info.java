/**
 * The closure-phase handover: in a PMP's last three sessions the cohort is introduced to
 * the follow-on group idea, each participant's decision, consent and preferences are
 * recorded, and the cohort is handed over to its own group(s), whose members the
 * invitation module invites; and the printable information sheets for patients and
 * facilitators.
 */
@ApplicationModule(allowedDependencies = { "invitation", "group", "programme", "account", "system" })
package org.followon.handover;

import org.springframework.modulith.ApplicationModule;
