/**
 * The closure-phase handover: how a PMP cohort is handed over to its own follow-on groups in the
 * last three sessions of the programme, including the printable information sheets for patients
 * and the guide for the clinicians and patient tutor volunteers who run those sessions.
 */
package org.followon.handover;
