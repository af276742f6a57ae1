/**
 * The network's front page for pain-service staff ({@code /network}, which links to the
 * other network pages by URL) and the staff dashboard of every group
 * ({@code /network/groups}): each group's derived status, area, members, coordinators,
 * last meeting, a 12-month attendance strip and waiting join requests, filtered and
 * sorted. It reads the views the group and joinrequest modules publish with SQL
 * (docs/architecture.md, "Published views").
 */
@ApplicationModule(allowedDependencies = { "group" })
package org.followon.dashboard;

import org.springframework.modulith.ApplicationModule;
