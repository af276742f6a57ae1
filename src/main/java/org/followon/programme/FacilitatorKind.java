package org.followon.programme;

enum FacilitatorKind {

	CLINICIAN, PTV

}
