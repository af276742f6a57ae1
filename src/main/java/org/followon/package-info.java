/**
 * Follow-on: NHS pain services hand each Pain Management Programme cohort over to its own
 * patient-led follow-on group, and help those groups keep going. Each sub-package is one
 * feature and one Spring Modulith application module (see docs/architecture.md).
 */
package org.followon;
