/**
 * Asking to join a group open to new members ({@code /groups/{id}/ask}), and its
 * coordinators accepting or declining on the group page, with an email to say which. An
 * accepted person becomes a member through {@link org.followon.group.Groups#addMember};
 * the group pages list the requests through the group module's
 * {@link org.followon.group.RequestsToJoin}, which this module implements. Owns the
 * {@code join_request} table and publishes the view {@code join_request_facts}, which the
 * network's dashboard counts waiting requests in (created by a group migration before the
 * split).
 */
@ApplicationModule(allowedDependencies = { "group", "account", "system" })
package org.followon.joinrequest;

import org.springframework.modulith.ApplicationModule;
