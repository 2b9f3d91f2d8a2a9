package org.credo.core.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.credo.core.Bundle;
import org.credo.core.BundleFormatException;
import org.credo.core.BundleLimits;
import org.credo.core.Compilation;
import org.credo.core.CompilerOptions;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleSetCompiler;
import org.credo.core.fixture.EditedBundle;
import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Nothing of a bundle reaches Drools or Kie, let alone runs, until every structural check has passed; and what a
 * bundle may hold is bounded, each bound a located {@link ProblemCodes#BUNDLE_LIMIT} (or, for the zip, a
 * {@link BundleFormatException}), never a crash.
 */
class StructuralChecksFirstTest {
    private static final String DRL = "rules/credit.drl";
    private static final String DMN = "dmn/inspection.dmn";

    @Test
    void aFailingInvariantIsNeverEvaluatedWhileAnotherFileFailsItsStructuralCheck() {
        Compilation compilation = EditedBundle.of("credit")
                .replacing(DMN, "ratio for(\"EXCELLENT\") &lt; ratio for(\"GENERAL\")", "false")
                .replacing(DRL, "    insert(new Classification(\"EXCELLENT\"));",
                        "    java.time.Month.JANUARY.getDeclaringClass();")
                .compile();

        assertThat(codes(compilation)).contains(ProblemCodes.FORBIDDEN_CONSTRUCT)
                .doesNotContain(ProblemCodes.INVARIANT_VIOLATED, ProblemCodes.DRL_COMPILE, ProblemCodes.DMN_MODEL);
    }

    @Test
    void theSameInvariantIsEvaluatedOnceTheBundleIsClean() {
        Compilation compilation = EditedBundle.of("credit")
                .replacing(DMN, "ratio for(\"EXCELLENT\") &lt; ratio for(\"GENERAL\")", "false")
                .compile();

        assertThat(codes(compilation)).contains(ProblemCodes.INVARIANT_VIOLATED);
    }

    @Test
    void aDecisionTableWithMoreRulesThanTheLimitIsRefusedAtTheFirstRuleTooMany() {
        var rules = new StringBuilder();
        for (int i = 1; i <= BundleLimits.defaults().maxRulesPerTable() + 1; i++) {
            rules.append("<rule id=\"r").append(i).append("\"><inputEntry><text>").append(i)
                    .append("</text></inputEntry><outputEntry><text>").append(i).append("</text></outputEntry></rule>");
        }
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="big" name="Big" namespace="urn:big">
                  <decision id="d" name="d"><variable id="dv" name="d"/>
                    <decisionTable id="table" hitPolicy="FIRST">
                      <input id="in"><inputExpression id="ie"><text>1</text></inputExpression></input>
                      <output id="out"/>%s
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(rules);

        Compilation compilation = compileDmn(dmn, Fixtures.options());

        assertThat(compilation.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.BUNDLE_LIMIT);
            assertThat(p.file()).isEqualTo("dmn/limit.dmn");
            assertThat(p.element()).isEqualTo("r" + (BundleLimits.defaults().maxRulesPerTable() + 1));
            assertThat(p.message()).contains("at most 5000 rules");
        });
    }

    @Test
    void aFeelTextLongerThanTheLimitIsRefusedAtItsElement() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="long" name="Long" namespace="urn:long">
                  <decision id="d" name="d"><variable id="dv" name="d"/>
                    <literalExpression id="long_text"><text>%s</text></literalExpression>
                  </decision>
                </definitions>
                """.formatted("1 + ".repeat(BundleLimits.defaults().maxFeelLength() / 4) + "1");

        Compilation compilation = compileDmn(dmn, Fixtures.options());

        assertThat(compilation.problems()).extracting(Problem::code, Problem::element)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCodes.BUNDLE_LIMIT, "long_text"));
    }

    @Test
    void moreDrlRulesThanTheLimitAreRefusedBeforeDroolsCompilesAny() {
        var limits = new BundleLimits(2, 64, 250_000, 200, 5_000, 20_000, 10_000);
        var options = new CompilerOptions(Fixtures.options().classLoader(), Fixtures.options().allowedFactPackages(),
                Fixtures.options().bindings(), true, limits);

        Compilation compilation = new RuleSetCompiler(options).compile(Fixtures.bundle("credit"));

        assertThat(compilation.problems()).extracting(Problem::code).containsExactly(ProblemCodes.BUNDLE_LIMIT);
        assertThat(compilation.problems().get(0).message()).contains("declare 3 rules; at most 2");
    }

    @Test
    void aZipBombIsRefusedWhileInflatingLongBeforeItsFullSize() throws IOException {
        byte[] zip = zip("rules/zeros.drl", new byte[Bundle.MAX_FILE_BYTES + 1]);

        assertThat(zip.length).isLessThan(Bundle.MAX_FILE_BYTES / Bundle.MAX_COMPRESSION_RATIO);
        assertThatThrownBy(() -> Bundle.fromZip(zip)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("rules/zeros.drl inflates beyond the bounds");
    }

    @Test
    void aZipLargerThanTheLimitIsRefusedUnread() {
        assertThatThrownBy(() -> Bundle.fromZip(new byte[Bundle.MAX_ZIP_BYTES + 1]))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("at most " + Bundle.MAX_ZIP_BYTES);
    }

    private static Compilation compileDmn(String dmn, CompilerOptions options) {
        String manifest = "{\"name\": \"limit\", \"files\": [\"dmn/limit.dmn\"], \"decisions\": {}}";
        return new RuleSetCompiler(options).compile(Bundle.of(Map.of("ruleset.json",
                manifest.getBytes(StandardCharsets.UTF_8), "dmn/limit.dmn", dmn.getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] zip(String path, byte[] content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<String> codes(Compilation compilation) {
        return compilation.problems().stream().map(Problem::code).toList();
    }
}
