package org.followon.groupimport;

import java.util.List;

/**
 * The two files an import can have, each with the header it must start with
 * (docs/import.md).
 */
enum ImportFile {

	GROUPS("groups",
			List.of("external_id", "name", "area", "pmp_end_date", "started_on", "last_contact_on", "status",
					"max_attending", "frequency", "venue_type", "channels", "purpose")),
	MEETINGS("meetings", List.of("group_external_id", "date", "attended", "face_to_face"));

	private final String field;

	private final List<String> header;

	ImportFile(String field, List<String> header) {
		this.field = field;
		this.header = header;
	}

	/** The form's file input for this file. */
	String field() {
		return this.field;
	}

	List<String> header() {
		return this.header;
	}

	/** The message code naming the file in problems ("Groups file"). */
	String label() {
		return "import.file." + this.field;
	}

}
