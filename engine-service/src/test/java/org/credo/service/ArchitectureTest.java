package org.credo.service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package graph of the service, as docs/architecture.md draws it: features depend one way, the HTTP contract
 * depends on no feature, nothing depends on the console, and only engine-core's API package is used outside it.
 */
class ArchitectureTest {
    private static final JavaClasses CREDO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.credo");

    @Test
    void serviceFeaturePackagesHaveNoCycles() {
        slices().matching("org.credo.service.(*)..").should().beFreeOfCycles().check(CREDO);
    }

    @Test
    void theContractTypesDependOnNoFeature() {
        classes().that().resideInAPackage("org.credo.service.contract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.credo.service.contract..",
                        "org.credo.service.validation..", "java..", "jakarta..", "com.fasterxml.jackson..")
                .check(CREDO);
    }

    @Test
    void nothingButTheConsoleDependsOnTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.credo.service.console..")
                .should().dependOnClassesThat().resideInAPackage("org.credo.service.console..")
                .check(CREDO);
    }

    @Test
    void engineCoreInternalsAreUsedOnlyInsideEngineCore() {
        noClasses().that().resideOutsideOfPackage("org.credo.core..")
                .should().dependOnClassesThat().resideInAPackage("org.credo.core.internal..")
                .check(CREDO);
    }
}
