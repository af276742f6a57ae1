/**
 * The network summary for a period ({@code /network/summary}: staff see the whole
 * network, clinicians their own PMPs and the groups formed from them), with its charts,
 * PDF and CSV exports. It reads the views the other modules publish with set-based SQL
 * (docs/architecture.md, "Published views"), and asks
 * {@link org.followon.group.GroupStatusAsOf} for a group's status on a past day.
 */
@ApplicationModule(allowedDependencies = { "group", "account", "system" })
package org.followon.summary;

import org.springframework.modulith.ApplicationModule;
