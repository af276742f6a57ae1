package org.followon.poll;

enum PollStatus {

	OPEN, CONFIRMED, CLOSED

}
