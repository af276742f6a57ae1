package org.followon.groupimport;

/**
 * One uploaded file, read as text: its name as it was on the person's computer, and its
 * content.
 */
record ImportUpload(String fileName, String text) {
}
