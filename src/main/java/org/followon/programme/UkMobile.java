package org.followon.programme;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A UK mobile number, in any usual way of writing it (07700 900123, +44 7700 900123). */
// FIELD as well as RECORD_COMPONENT: an annotation only reaches a record's field, which Bean
// Validation reads, if its target allows fields. With RECORD_COMPONENT alone it was never checked.
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UkMobileValidator.class)
@interface UkMobile {

	String message() default "{UkMobile}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
