package org.followon;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.persistence.AttributeConverter;
import org.followon.meeting.VenueRules;
import org.followon.system.DateInput;
import org.followon.system.EnumSetColumn;
import org.followon.system.OutgoingMail;
import org.followon.system.RejectedValueException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ResolvableType;
import org.springframework.data.repository.Repository;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.ui.ModelMap;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Rules the build checks so that each thing is done one way. Plain ArchUnit over the
 * application's classes (not the tests).
 */
class ArchitectureRulesTests {

	private static final JavaClasses APP = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.followon");

	/** Controllers, and advice that applies to them. */
	private static final DescribedPredicate<CanBeAnnotated> WEB_LAYER = CanBeAnnotated.Predicates
		.metaAnnotatedWith(Controller.class)
		.or(CanBeAnnotated.Predicates.metaAnnotatedWith(ControllerAdvice.class));

	private static final DescribedPredicate<JavaCall<?>> REJECTING_A_VALUE = JavaCall.Predicates
		.target(HasName.Predicates.nameMatching("reject|rejectValue"))
		.and(JavaCall.Predicates
			.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Errors.class))));

	// Controllers bind, validate and delegate: loading and changing data (and checking
	// access to it) belongs to the module's services.
	@Test
	void controllersDoNotUseRepositories() {
		ArchRuleDefinition.noClasses()
			.that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(APP);
	}

	// A feature module's exception handling must not change how other modules' pages
	// fail: only system's advice is global, any other names the controllers it is for.
	@Test
	void controllerAdviceOutsideSystemIsScopedToItsControllers() {
		ArchRuleDefinition.classes()
			.that()
			.areAnnotatedWith(ControllerAdvice.class)
			.or()
			.areAnnotatedWith(RestControllerAdvice.class)
			.and()
			.resideOutsideOfPackage("org.followon.system..")
			.should(new ArchCondition<>("set assignableTypes or basePackageClasses") {
				@Override
				public void check(JavaClass item, ConditionEvents events) {
					ControllerAdvice advice = item.reflect().getAnnotation(ControllerAdvice.class);
					boolean scoped = advice != null
							&& (advice.assignableTypes().length > 0 || advice.basePackageClasses().length > 0);
					events.add(new SimpleConditionEvent(item, scoped,
							item.getName() + (scoped ? " is" : " is not") + " scoped to its controllers"));
				}
			})
			.allowEmptyShould(true)
			.check(APP);
	}

	// A set of enum values is stored one way (system's EnumSetColumn, sorted names
	// separated by commas), so every such column reads and writes the same format.
	@Test
	void enumSetColumnsUseTheSystemConverter() {
		ArchRuleDefinition.classes()
			.that()
			.implement(AttributeConverter.class)
			.should(new ArchCondition<>("convert a Set of enums only through system's EnumSetColumn") {
				@Override
				public void check(JavaClass item, ConditionEvents events) {
					Class<?> type = item.reflect();
					ResolvableType attribute = ResolvableType.forClass(type).as(AttributeConverter.class).getGeneric(0);
					Class<?> element = attribute.getGeneric(0).resolve();
					boolean enumSet = Set.class.equals(attribute.resolve()) && element != null && element.isEnum();
					boolean ok = !enumSet || EnumSetColumn.class.isAssignableFrom(type);
					events.add(new SimpleConditionEvent(item, ok,
							item.getName() + (ok ? " is fine" : " converts a Set of enums by itself")));
				}
			})
			.check(APP);
	}

	// Email is sent one way: after the commit, from the configured address, failures
	// logged without personal details. Modules compose their mails and hand them over.
	@Test
	void onlyTheMailServiceUsesJavaMailSender() {
		ArchRuleDefinition.noClasses()
			.that()
			.doNotBelongToAnyOf(OutgoingMail.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JavaMailSender.class)
			.check(APP);
	}

	// Settings are read one way: a typed, validated @ConfigurationProperties record per
	// module (and FollowOnSettings for what all share), so each is checked at start-up,
	// trimmed once and described in the configuration metadata the README table follows.
	@Test
	void noValueInjection() {
		ArchRuleDefinition.classes().should(new ArchCondition<>("not inject with @Value") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				item.getFields()
					.stream()
					.filter((field) -> field.isAnnotatedWith(Value.class))
					.forEach((field) -> events
						.add(SimpleConditionEvent.violated(field, field.getFullName() + " uses @Value")));
				item.getCodeUnits()
					.stream()
					.filter((unit) -> unit.isAnnotatedWith(Value.class) || unit.getParameters()
						.stream()
						.anyMatch((parameter) -> parameter.isAnnotatedWith(Value.class)))
					.forEach((unit) -> events
						.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " uses @Value")));
			}
		}).check(APP);
	}

	// Cross-field validation is a Validator per form, bound with @InitBinder, so @Valid
	// reports every error, Bean Validation's and the form's own, before the handler
	// runs. A rule that depends on saved state is found by the service, which throws a
	// module exception extending system's RejectedValueException; the controller reports
	// it with rejectOn.
	@Test
	void controllersDoNotRejectValues() {
		ArchRuleDefinition.noClasses()
			.that(WEB_LAYER)
			.should()
			.callMethodWhere(REJECTING_A_VALUE)
			.because("cross-field rules belong in a Validator bound with @InitBinder")
			.check(APP);
	}

	@Test
	void servicesDoNotTakeBindingErrors() {
		ArchRuleDefinition.noCodeUnits()
			.that()
			.areDeclaredInClassesThat(
					CanBeAnnotated.Predicates.metaAnnotatedWith(Component.class).and(DescribedPredicate.not(WEB_LAYER)))
			.should()
			.haveRawParameterTypes(anyAssignableTo(Errors.class))
			.because("services throw specific exceptions; binding errors stay in the web layer")
			.check(APP);
	}

	@Test
	void onlyValidatorsRejectValues() {
		ArchRuleDefinition.noClasses()
			.that()
			.doNotImplement(Validator.class)
			.and()
			.doNotBelongToAnyOf(DateInput.class, VenueRules.class, RejectedValueException.class)
			.should()
			.callMethodWhere(REJECTING_A_VALUE)
			.because("only validators, and the field rules they share, reject values")
			.check(APP);
	}

	// What a page shows is a view record built by a service or a *Views class; only
	// controllers (and their advice) put things into the model.
	@Test
	void onlyControllersFillTheModel() {
		ArchRuleDefinition.noCodeUnits()
			.that()
			.areDeclaredInClassesThat(DescribedPredicate.not(WEB_LAYER))
			.should()
			.haveRawParameterTypes(anyAssignableTo(Model.class).or(anyAssignableTo(ModelMap.class)))
			.because("pages are view records; the controller adds them to the model")
			.check(APP);
	}

	private static DescribedPredicate<List<JavaClass>> anyAssignableTo(Class<?> type) {
		return DescribedPredicate.describe("any parameter assignable to " + type.getSimpleName(),
				(types) -> types.stream().anyMatch((t) -> t.isAssignableTo(type)));
	}

}
