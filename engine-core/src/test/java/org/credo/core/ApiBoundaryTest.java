package org.credo.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.credo.core.internal.dmn.DmnEvaluation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * engine-core's API is the package {@code org.credo.core} alone: what a public type of it shows a caller (supertypes,
 * public and protected fields, constructors and methods, with their parameters, results, type arguments and thrown
 * exceptions) names no type of {@code org.credo.core.internal..}, and its records carry no Jackson type. An internal
 * class is public only when another package of engine-core needs it. That no other module uses {@code internal} is
 * pinned by engine-service's ArchitectureTest.
 */
class ApiBoundaryTest {
    private static final String INTERNAL = "org.credo.core.internal..";
    private static final String JACKSON = "com.fasterxml.jackson..";
    private static final JavaClasses ENGINE_CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.credo.core");
    private static final DescribedPredicate<JavaClass> PUBLIC_API_TYPES = DescribedPredicate.describe(
            "public types of org.credo.core",
            type -> type.getPackageName().equals("org.credo.core") && visibleFromOutside(type));

    @Test
    void thePublicApiShowsNoInternalType() {
        classes().that(PUBLIC_API_TYPES).should(showNoTypeOf(INTERNAL)).check(ENGINE_CORE);
    }

    @Test
    void theApiRecordsCarryNoJacksonType() {
        classes().that(PUBLIC_API_TYPES).and().areAssignableTo(Record.class).should(showNoTypeOf(JACKSON))
                .check(ENGINE_CORE);
    }

    @Test
    void anInternalClassIsPublicOnlyWhenAnotherPackageUsesIt() {
        classes().that().resideInAPackage(INTERNAL).and().areTopLevelClasses().and().arePublic()
                .should(beUsedFromAnotherPackage()).check(ENGINE_CORE);
    }

    @Test
    void aRecordThatShowsAnInternalOrJacksonTypeIsCaughtEvenAsATypeArgument() {
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class);

        assertThatThrownBy(() -> classes().should(showNoTypeOf(INTERNAL)).check(leaky))
                .isInstanceOf(AssertionError.class).hasMessageContaining(DmnEvaluation.class.getName());
        assertThatThrownBy(() -> classes().should(showNoTypeOf(JACKSON)).check(leaky))
                .isInstanceOf(AssertionError.class).hasMessageContaining(JsonNode.class.getName());
    }

    /** What the rules must refuse: an internal type inside a list, a Jackson type inside an optional. */
    private record Leaky(List<DmnEvaluation> evaluations, Optional<JsonNode> json) {
    }

    private static boolean visibleFromOutside(JavaClass type) {
        boolean visible = type.getModifiers().contains(JavaModifier.PUBLIC)
                || type.isNestedClass() && type.getModifiers().contains(JavaModifier.PROTECTED);
        return visible && type.getEnclosingClass().map(ApiBoundaryTest::visibleFromOutside).orElse(true);
    }

    private static ArchCondition<JavaClass> showNoTypeOf(String packages) {
        PackageMatcher forbidden = PackageMatcher.of(packages);
        return new ArchCondition<>("show no type of " + packages + " in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Stream.concat(type.getRawSuperclass().stream(), type.getRawInterfaces().stream())
                        .filter(shown -> forbidden.matches(shown.getPackageName()))
                        .forEach(shown -> events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " extends " + shown.getName())));
                type.getMembers().stream().filter(ApiBoundaryTest::visible).forEach(member -> shownTypes(member)
                        .map(JavaClass::getBaseComponentType)
                        .filter(shown -> forbidden.matches(shown.getPackageName()))
                        .forEach(shown -> events.add(SimpleConditionEvent.violated(member,
                                member.getFullName() + " shows " + shown.getName()))));
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
        return new ArchCondition<>("be used from another package of engine-core (else be package-private)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean used = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(use -> !use.getOriginClass().getPackageName().equals(type.getPackageName()));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is public, but only its own package uses it"));
                }
            }
        };
    }

    private static boolean visible(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC)
                || member.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static Stream<JavaClass> shownTypes(JavaMember member) {
        if (member instanceof JavaField field) {
            return field.getType().getAllInvolvedRawTypes().stream();
        }
        JavaCodeUnit code = (JavaCodeUnit) member;
        Stream<JavaClass> signature = Stream.concat(Stream.of(code.getReturnType()), code.getParameterTypes().stream())
                .flatMap(type -> type.getAllInvolvedRawTypes().stream());
        return Stream.concat(signature, code.getThrowsClause().getTypes().stream());
    }
}
