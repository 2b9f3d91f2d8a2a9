package org.credo.benchmarks;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The benchmarks, their tests included, measure and compare engine-core through its API alone: nothing here uses
 * {@code org.credo.core.internal..} (engine-service's ArchitectureTest pins the same for the service's modules).
 */
class EngineCoreApiOnlyTest {

    @Test
    void noBenchmarkNorTestUsesEngineCoreInternals() {
        noClasses().that().resideInAPackage("org.credo.benchmarks..")
                .should().dependOnClassesThat().resideInAPackage("org.credo.core.internal..")
                .check(new ClassFileImporter().importPackages("org.credo.benchmarks"));
    }
}
