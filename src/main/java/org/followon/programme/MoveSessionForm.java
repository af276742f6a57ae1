package org.followon.programme;

import jakarta.validation.constraints.NotNull;

record MoveSessionForm(String day, String month, String year, @NotNull Long version) {
}
