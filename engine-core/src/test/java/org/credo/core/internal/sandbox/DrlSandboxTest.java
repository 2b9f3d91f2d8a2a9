package org.credo.core.internal.sandbox;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleSetCompiler;
import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test uploads one attack and shows it is rejected, located, before Drools compiles anything. */
class DrlSandboxTest {
    private static final String FILE = "rules/attack.drl";

    /** A rule whose consequence, on line 9, is {@code code}. */
    private static String consequence(String code) {
        return """
                package org.credo.core.fixture;

                import org.credo.core.AsOf;

                rule "attack"
                when
                    AsOf()
                then
                    %s
                end
                """.formatted(code);
    }

    private static Compilation compile(String drl) {
        String manifest = """
                {"name": "attack", "files": ["%s"], "decisions": {}}
                """.formatted(FILE);
        var bundle = Bundle.of(Map.of("ruleset.json", manifest.getBytes(StandardCharsets.UTF_8),
                FILE, drl.getBytes(StandardCharsets.UTF_8)));
        return new RuleSetCompiler(Fixtures.options()).compile(bundle);
    }

    private static void assertRejectedAt(String drl, int line, String mentioning) {
        Compilation compilation = compile(drl);
        assertThat(compilation.succeeded()).isFalse();
        List<Problem> forbidden = compilation.problems().stream()
                .filter(p -> p.code().equals(ProblemCodes.FORBIDDEN_CONSTRUCT)).toList();
        assertThat(forbidden).as("forbidden constructs in %s", drl).isNotEmpty();
        assertThat(forbidden).allSatisfy(p -> assertThat(p.file()).isEqualTo(FILE));
        assertThat(forbidden).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(mentioning);
        });
        assertThat(compilation.problems()).noneMatch(p -> p.code().equals(ProblemCodes.DRL_COMPILE));
    }

    @Test
    void systemExitIsRejected() {
        assertRejectedAt(consequence("System.exit(0);"), 9, "`System`");
    }

    @Test
    void runtimeExecIsRejected() {
        assertRejectedAt(consequence("Runtime.getRuntime().exec(\"rm -rf /\");"), 9, "`Runtime`");
    }

    @Test
    void reflectionThroughGetClassForNameIsRejected() {
        String drl = consequence("\"x\".getClass().forName(\"java.lang.Runtime\");");
        assertRejectedAt(drl, 9, "`getClass`");
        assertRejectedAt(drl, 9, "`forName`");
    }

    @Test
    void classLiteralsAndMethodLookupAreRejected() {
        assertRejectedAt(consequence("String.class.getMethods();"), 9, "`class`");
    }

    @Test
    void javaIoFileIsRejected() {
        assertRejectedAt(consequence("new java.io.File(\"/etc/passwd\").delete();"), 9, "`java.io.File`");
    }

    @Test
    void javaNetSocketIsRejected() {
        assertRejectedAt(consequence("new java.net.Socket(\"evil.example\", 80);"), 9, "`java.net.Socket`");
    }

    @Test
    void aNewThreadIsRejected() {
        assertRejectedAt(consequence("new Thread(() -> {}).start();"), 9, "`Thread`");
    }

    @Test
    void fullyQualifiedJavaLangSystemIsRejected() {
        assertRejectedAt(consequence("java.lang.System.out.println(\"hello\");"), 9, "`java.lang.System`");
    }

    @Test
    void importOfAForbiddenClassIsRejected() {
        String drl = """
                package org.credo.core.fixture;

                import java.io.File;

                rule "reads files"
                when
                then
                end
                """;
        assertRejectedAt(drl, 3, "import of `java.io.File`");
    }

    @Test
    void wildcardImportOfAForbiddenPackageIsRejected() {
        String drl = """
                package org.credo.core.fixture;
                import java.nio.file.*;
                """;
        assertRejectedAt(drl, 2, "import of `java.nio.file.*`");
    }

    @Test
    void staticImportOfAForbiddenMethodIsRejected() {
        String drl = """
                package org.credo.core.fixture;
                import static java.lang.System.exit;
                """;
        assertRejectedAt(drl, 2, "import of `java.lang.System.exit`");
    }

    @Test
    void unicodeEscapedSystemIsRejected() {
        assertRejectedAt(consequence("\\u0053ystem.exit(0);"), 9, "unicode escapes");
    }

    @Test
    void aZeroWidthSpaceInsideANameDoesNotHideIt() {
        assertRejectedAt(consequence("Sys\u200Btem.exit(0);"), 9, "`System`");
    }

    @Test
    void theDroolsHandleIsRejected() {
        String drl = consequence("drools.getKieRuntime().halt();");
        assertRejectedAt(drl, 9, "`drools`");
        assertRejectedAt(drl, 9, "`getKieRuntime`");
    }

    @Test
    void theKcontextHandleIsRejected() {
        assertRejectedAt(consequence("kcontext.getKieRuntime();"), 9, "`kcontext`");
    }

    @Test
    void aGlobalOfAForbiddenTypeIsRejected() {
        String drl = """
                package org.credo.core.fixture;

                global java.lang.Runtime runtime;
                """;
        assertRejectedAt(drl, 3, "`java.lang.Runtime`");
    }

    @Test
    void aFunctionBodyWithAForbiddenCallIsRejected() {
        String drl = """
                package org.credo.core.fixture;

                function void shutDown() {
                    Runtime.getRuntime().halt(0);
                }
                """;
        assertRejectedAt(drl, 4, "`Runtime`");
    }

    @Test
    void aDeclaredFieldOfAForbiddenTypeIsRejected() {
        String drl = """
                package org.credo.core.fixture;

                declare Leak
                    target : java.lang.ProcessBuilder
                end
                """;
        assertRejectedAt(drl, 4, "`java.lang.ProcessBuilder`");
    }

    @Test
    void aTypeDeclarationIsRejectedBecauseItIsOutsideTheUploadableSubset() {
        String drl = """
                package org.credo.core.fixture;

                declare Runtime
                    name : String
                end
                """;
        assertRejectedAt(drl, 3, "`declare`");
    }

    @Test
    void accumulateInitCodeIsScannedLikeAnyOtherCode() {
        String drl = """
                package org.credo.core.fixture;

                rule "counts"
                when
                    $n : Number() from accumulate( Applicant(),
                        init( ClassLoader loader = null; ),
                        action( ),
                        result( 0 ) )
                then
                end
                """;
        assertRejectedAt(drl, 6, "`ClassLoader`");
    }

    @Test
    void ruleMetadataIsScannedBecauseDroolsEvaluatesUnquotedValues() {
        String drl = """
                package org.credo.core.fixture;

                rule "evaluates its id"
                    @ruleId(System.exit(0))
                when
                then
                end
                """;
        assertRejectedAt(drl, 4, "`System`");
    }

    @Test
    void theMvelDialectGetsNoWayRoundThroughPropertyAccess() {
        String drl = """
                package org.credo.core.fixture;

                rule "mvel"
                    dialect "mvel"
                when
                    $a : Applicant()
                then
                    $a.class.classLoader;
                end
                """;
        assertRejectedAt(drl, 8, "`class`");
    }

    @Test
    void codeAfterACommentIsStillScanned() {
        assertRejectedAt(consequence("/* harmless */ System.exit(0); // done"), 9, "`System`");
    }

    @Test
    void aHashThatDroolsMayReadAsACommentCannotHideCodeInAString() {
        String drl = """
                package org.credo.core.fixture;
                # "
                function void shutDown() { Runtime.getRuntime().halt(0); }
                // "
                """;
        assertRejectedAt(drl, 2, "`#`");
    }

    @Test
    void aJavaTextBlockCannotHideCodeBehindAQuote() {
        String drl = consequence("String s = \"\"\"\n x \" y\n \"\"\"; System.exit(0); String t = \"\";");
        assertRejectedAt(drl, 9, "text blocks");
        assertRejectedAt(drl, 11, "`System`");
    }

    @Test
    void aWhileLoopIsRejectedBecauseItNeedNotEnd() {
        assertRejectedAt(consequence("while (true) { }"), 9, "`while` loops");
    }

    @Test
    void aCountingForLoopIsRejectedBecauseItNeedNotEnd() {
        assertRejectedAt(consequence("for (int i = 0; i >= 0; i++) { }"), 9, "`for` loops");
    }

    @Test
    void evenALoopOverACollectionIsRejectedBecauseAConsequenceRunsOncePerMatch() {
        assertRejectedAt(consequence("for (String s : java.util.List.of(\"a\")) { }"), 9, "`for` loops");
    }

    @Test
    void readingTheClockIsRejectedBecauseDecisionsMustBeReproducible() {
        assertRejectedAt(consequence("java.time.LocalDate.now();"), 9, "`now`");
    }

    @Test
    void aCleanRuleSetUsingFactTypesAndSafeLibraryClassesPasses() {
        String drl = """
                package org.credo.core.fixture;

                import java.math.BigDecimal;
                import java.math.RoundingMode;
                import java.time.LocalDate;
                import java.util.List;
                import org.credo.core.AsOf;

                // mentions of System.exit in comments and "Runtime.getRuntime()" in strings are only text
                rule "ratio of penalties"
                    @ruleId("T-CLEAN-1") @legalBasis("Test Order 9") @confidence("CONFIRMED")
                    @validFrom("2020-01-01")
                when
                    AsOf( $day : day, day.isAfter(LocalDate.of(2019, 12, 31)) )
                    $a : Applicant( $p : penalties, $d : declarations, declarations > 0 )
                then
                    BigDecimal ratio = $p.divide($d, 6, RoundingMode.HALF_UP);
                    List<String> notes = List.of("Runtime.getRuntime()", String.valueOf(Math.max(1, 2)));
                    notes.get(0).length();
                    if (ratio.compareTo(new BigDecimal("0.001")) > 0) {
                        insert(new Classification("DISHONEST"));
                    }
                end
                """;
        Compilation compilation = compile(drl);

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.succeeded()).isTrue();
    }
}
