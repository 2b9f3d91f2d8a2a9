package org.credo.core.internal.compile;

import org.credo.core.Compilation;
import org.credo.core.CompilerOptions;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleSetCompiler;
import org.credo.core.Severity;
import org.credo.core.fixture.EditedBundle;
import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Each problem kind the compiler finds, shown on the credit fixture broken in one place, with its location. */
class ProblemLocationTest {
    private static final String DRL = "rules/credit.drl";
    private static final String MANIFEST = "ruleset.json";
    private static final String SCENARIOS = "scenarios/credit.scenarios.json";
    private static final String DMN = "dmn/inspection.dmn";

    private static List<Problem> problems(EditedBundle bundle, String code) {
        Compilation compilation = bundle.compile();
        assertThat(compilation.succeeded()).as("compiles despite %s", code).isFalse();
        return compilation.problems().stream().filter(p -> p.code().equals(code)).toList();
    }

    @Test
    void aDrlSyntaxErrorIsReportedAtItsFileAndLine() {
        var bundle = EditedBundle.of("credit").replacing(DRL, "    not Classification()\nthen",
                "    not Classification(\nthen");

        assertThat(problems(bundle, ProblemCodes.DRL_COMPILE)).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::file, Problem::line).containsExactly(DRL, 19);
            assertThat(p.message()).contains("mismatched input 'insert'");
        });
    }

    @Test
    void aDrlTypeErrorIsReportedAtItsFileAndLine() {
        var bundle = EditedBundle.of("credit").replacing(DRL, "Applicant( penalties == 0 )",
                "Applicant( nickname == \"x\" )");

        assertThat(problems(bundle, ProblemCodes.DRL_COMPILE))
                .anySatisfy(p -> assertThat(p).extracting(Problem::file, Problem::line).containsExactly(DRL, 45));
    }

    @Test
    void aFileOfUnknownKindIsReportedByItsPath() {
        var bundle = EditedBundle.of("credit").with("notes.txt", "remember the milk")
                .replacing(MANIFEST, "\"rules/credit.drl\",", "\"rules/credit.drl\", \"notes.txt\",");

        assertThat(problems(bundle, ProblemCodes.UNKNOWN_FILE_KIND)).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("notes.txt"));
    }

    @Test
    void aManifestListingAnAbsentFileIsReportedAtThatLine() {
        var bundle = EditedBundle.of("credit").without("scenarios/inspection.scenarios.json");

        assertThat(problems(bundle, ProblemCodes.MANIFEST)).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::file, Problem::line).containsExactly(MANIFEST, 10);
            assertThat(p.message()).contains("scenarios/inspection.scenarios.json");
        });
    }

    @Test
    void aFileTheManifestDoesNotListIsReported() {
        var bundle = EditedBundle.of("credit").with("rules/extra.drl", "package org.credo.core.fixture;\n");

        assertThat(problems(bundle, ProblemCodes.MANIFEST)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("does not list rules/extra.drl"));
    }

    @Test
    void aManifestThatIsNotJsonIsReportedAtTheLineWhereItBreaks() {
        var bundle = EditedBundle.of("credit").replacing(MANIFEST, "\"validTo\": null,", "\"validTo\": null,,");

        assertThat(problems(bundle, ProblemCodes.MANIFEST)).singleElement()
                .satisfies(p -> assertThat(p).extracting(Problem::file, Problem::line).containsExactly(MANIFEST, 5));
    }

    @Test
    void aManifestDecisionNamingAnUndeclaredDmnDecisionIsReportedAtItsLine() {
        var bundle = EditedBundle.of("credit").replacing(MANIFEST, "\"decision\": \"Inspection\"",
                "\"decision\": \"Risk\"");

        assertThat(problems(bundle, ProblemCodes.UNKNOWN_DECISION)).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::file, Problem::line).containsExactly(MANIFEST, 14);
            assertThat(p.message()).contains("Risk");
        });
    }

    @Test
    void aManifestDecisionNamingAnUnknownModelOrBindingIsReported() {
        var bundle = EditedBundle.of("credit")
                .replacing(MANIFEST, "\"binding\": \"applicant\"", "\"binding\": \"taxpayer\"")
                .replacing(MANIFEST, "\"model\": \"Inspection\", \"decision\": \"Inspection\"",
                        "\"model\": \"Inspections\", \"decision\": \"Inspection\"");

        assertThat(problems(bundle, ProblemCodes.UNKNOWN_DECISION))
                .extracting(Problem::line, p -> p.message().contains("taxpayer") || p.message().contains("Inspections"))
                .containsExactly(tuple(13, true),
                        tuple(14, true));
    }

    @Test
    void aDrlRuleLackingItsLegalBasisIsReportedAtTheRule() {
        var bundle = EditedBundle.of("credit").replacing(DRL, "    @legalBasis(\"Test Order 1, Art. 10\")\n", "");

        assertThat(problems(bundle, ProblemCodes.RULE_METADATA)).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::file, Problem::line).containsExactly(DRL, 38);
            assertThat(p.message()).contains("no penalty at all is excellent", "@legalBasis");
        });
    }

    @Test
    void aDrlRuleWithAnUnreadableDateIsReportedEvenWhenMetadataIsOptional() {
        var bundle = EditedBundle.of("credit").replacing(DRL, "@validFrom(\"2021-11-01\")",
                "@validFrom(\"1 November 2021\")");
        var options = new CompilerOptions(Fixtures.options().classLoader(),
                Fixtures.options().allowedFactPackages(), Fixtures.options().bindings(), false);

        Compilation compilation = new RuleSetCompiler(options).compile(bundle.bundle());

        assertThat(compilation.errors()).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::code, Problem::file, Problem::line)
                    .containsExactly(ProblemCodes.RULE_METADATA, DRL, 22);
            assertThat(p.message()).contains("validFrom", "1 November 2021");
        });
    }

    @Test
    void aDecisionTableRuleLackingItsConfidenceIsReportedAtTableAndRuleNumber() {
        var bundle = EditedBundle.of("credit").replacing(DMN, "<annotationEntry><text>SECONDARY</text>",
                "<annotationEntry><text></text>");

        assertThat(problems(bundle, ProblemCodes.RULE_METADATA)).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::file, Problem::rule).containsExactly(DMN, 3);
            assertThat(p.message()).contains("confidence");
        });
    }

    @Test
    void aScenarioFileThatIsNotJsonIsReportedAtTheLineWhereItBreaks() {
        var bundle = EditedBundle.of("credit").replacing(SCENARIOS, "\"asOf\": \"2025-06-30\",",
                "\"asOf\": \"2025-06-30\"");

        assertThat(problems(bundle, ProblemCodes.SCENARIO_FORMAT)).singleElement()
                .satisfies(p -> assertThat(p).extracting(Problem::file, Problem::line).containsExactly(SCENARIOS, 21));
    }

    @Test
    void aScenarioWithoutExpectationsIsReportedAtTheScenario() {
        var bundle = EditedBundle.of("credit").replacing(SCENARIOS, "\"expected\": { \"level\": \"EXCELLENT\" },",
                "\"expect\": { \"level\": \"EXCELLENT\" },");

        assertThat(problems(bundle, ProblemCodes.SCENARIO_FORMAT))
                .extracting(Problem::file, Problem::line, Problem::message)
                .containsExactly(
                        tuple(SCENARIOS, 18, "unknown scenario field \"expect\""),
                        tuple(SCENARIOS, 18, "a scenario needs an \"expected\" object"));
    }

    @Test
    void aScenarioFileForAnUnknownDecisionIsReportedAtTheLineNamingIt() {
        var bundle = EditedBundle.of("credit").replacing(SCENARIOS, "\"decision\": \"credit-class\"",
                "\"decision\": \"credit-grade\"");

        assertThat(problems(bundle, ProblemCodes.SCENARIO_FORMAT)).singleElement()
                .satisfies(p -> assertThat(p).extracting(Problem::file, Problem::line).containsExactly(SCENARIOS, 2));
    }

    @Test
    void aViolatedInvariantIsReportedAtItsModelAndDecisionWithItsMessage() {
        var bundle = EditedBundle.of("credit").replacing(DMN, "<outputEntry id=\"q3o\"><text>0.5</text>",
                "<outputEntry id=\"q3o\"><text>0.05</text>");

        assertThat(problems(bundle, ProblemCodes.INVARIANT_VIOLATED)).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::file, Problem::element)
                    .containsExactly(DMN, "Ratios rise with risk");
            assertThat(p.message()).startsWith("inspection ratios must rise as credit falls");
        });
    }

    @Test
    void everyProblemIsReportedAtOnceWithErrorsFirst() {
        Compilation compilation = new RuleSetCompiler(Fixtures.options()).compile(Fixtures.bundle("broken"));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.problems()).extracting(Problem::code).contains(ProblemCodes.UNKNOWN_FILE_KIND,
                ProblemCodes.MANIFEST, ProblemCodes.RULE_METADATA, ProblemCodes.UNKNOWN_DECISION,
                ProblemCodes.SCENARIO_FORMAT, ProblemCodes.INVARIANT_VIOLATED);
        assertThat(compilation.problems()).extracting(Problem::severity)
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(compilation.versionId()).isEqualTo(Fixtures.bundle("broken").versionId());
    }

    @Test
    void aBundleWithoutDmnCompilesWithoutDmn() {
        var bundle = EditedBundle.of("credit").without(DMN).without("scenarios/inspection.scenarios.json")
                .with(MANIFEST, """
                        {"name": "drl only", "files": ["rules/credit.drl", "scenarios/credit.scenarios.json"],
                         "decisions": {"credit-class": {"binding": "applicant"}}}
                        """);

        Compilation compilation = bundle.compile();

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.ruleSet().orElseThrow().models()).isEmpty();
        assertThat(compilation.ruleSet().orElseThrow().runScenarios().allPassed()).isTrue();
    }

    @Test
    void warningsDoNotKeepABundleFromCompiling() {
        Compilation compilation = new RuleSetCompiler(Fixtures.options()).compile(Fixtures.bundle("credit"));

        assertThat(compilation.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
        assertThat(compilation.ruleSet().orElseThrow().warnings()).isEqualTo(compilation.problems());
    }
}
