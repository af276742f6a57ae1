/**
 * Follow-on groups: a group, its memberships and roles, the contact details each member
 * agreed to share, referrals from PMPs, the group page and its handover pack. Groups are
 * formed from a PMP cohort by the handover module through
 * {@link org.followon.group.Groups}; the invitation module adds invited members through
 * it and lists their waiting invitations on the group page by implementing
 * {@link org.followon.group.WaitingInvitations}. The directory module lists the groups
 * open to new members through {@link org.followon.group.Groups}; the joinrequest module
 * adds those whose request to join was accepted through it, and lists the requests on the
 * group pages by implementing {@link org.followon.group.RequestsToJoin}.
 */
@ApplicationModule(allowedDependencies = { "programme", "account", "system" })
package org.followon.group;

import org.springframework.modulith.ApplicationModule;
