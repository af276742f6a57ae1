/**
 * Invitations to set up an account and join a group: an emailed single-use link or a join
 * code on a printed card, the account set-up they lead to, and sending them again. The
 * handover module invites a newly formed group's members through
 * {@link org.followon.invitation.Invitations}; a PMP's facilitators see its invitations
 * here, and a group's coordinators invite someone new from the group page.
 */
@ApplicationModule(allowedDependencies = { "group", "programme", "account", "system" })
package org.followon.invitation;

import org.springframework.modulith.ApplicationModule;
