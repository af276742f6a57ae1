/**
 * The network of groups, for pain-service staff: importing groups that met before the
 * app, the dashboard of every group, the network summary for a period (with its charts,
 * PDF and CSV), and the twice-yearly network meetings. Reports read the other modules'
 * tables with SQL, read-only (see docs/decisions.md); changes to groups go through
 * {@link org.followon.group.Groups}.
 */
package org.followon.network;
