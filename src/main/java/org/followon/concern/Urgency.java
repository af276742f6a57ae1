package org.followon.concern;

/** How soon the person raising a concern asks the service to respond. */
enum Urgency {

	TODAY, SOON

}
