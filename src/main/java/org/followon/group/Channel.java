package org.followon.group;

/** How a group keeps in touch; labels in messages.properties. */
public enum Channel {

	PHONE, TEXT, WHATSAPP, EMAIL, FACEBOOK, OTHER

}
