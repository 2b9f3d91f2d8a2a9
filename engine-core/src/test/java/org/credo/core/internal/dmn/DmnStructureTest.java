package org.credo.core.internal.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.TreeMap;

import org.credo.core.BundleLimits;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The FEEL restrictions refuse what reaches Java or runs unbounded, and nothing an author legitimately writes: paths
 * into contexts and item components, date and range properties, bounded ranges, iteration over lists. (The refusals
 * are the attack corpus's; these are the admissions.)
 */
class DmnStructureTest {
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="m" name="M" namespace="urn:m">
              <itemDefinition id="applicant" name="applicant">
                <itemComponent id="score" name="credit score"><typeRef>number</typeRef></itemComponent>
              </itemDefinition>
              <inputData id="a" name="a"><variable id="av" name="a" typeRef="applicant"/></inputData>
              <decision id="d" name="d"><variable id="dv" name="d"/>
                <informationRequirement id="ir"><requiredInput href="#a"/></informationRequirement>
                <literalExpression id="x"><text>%s</text></literalExpression>
              </decision>
            </definitions>
            """;

    @ParameterizedTest
    @ValueSource(strings = {
        "a.credit score + 1",
        "{total: {net: 1, tax: 2}}.total.net",
        "date(\"2020-01-01\").year + date(\"2020-01-01\").weekday",
        "[1..5].start included and duration(\"P1D\").days = 1",
        "count(for i in 1..10000 return i)",
        "count(for i in 1..100, j in 1..100 return i * j)",
        "for x in [1, 2, 3] return x * 2",
        "every x in [1, 2] satisfies x > 0",
        "function(v) v + 1",
        "sort([3, 1, 2], function(x, y) x < y)",
        "{inc: function(v) v + 1, twice: function(v) inc(inc(v)), r: twice(1)}.r",
        "{a credit score: a credit score + 1, f: function(v) v * 2, r: f(a credit score)}.r",
        "[{price: 1}, {price: 2}][item.price > 1].price",
        "\"((((\" + string length(\"[[[[\")"
    })
    void legitimateFeelIsAdmitted(String feel) {
        var problems = new ArrayList<Problem>();

        boolean admitted = check(feel, problems);

        assertThat(problems).isEmpty();
        assertThat(admitted).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{java: {class: \"java.lang.System\"}}",
        "{\"java\": 1}",
        "{\"ja\\u0076a\": 1}",
        "{ Java : 1}"
    })
    void aContextKeyedJavaIsRefusedInEverySpellingEvenWithoutAnExternalFunction(String feel) {
        var problems = new ArrayList<Problem>();

        boolean admitted = check(feel, problems);

        assertThat(admitted).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.FORBIDDEN_CONSTRUCT);
            assertThat(p.message()).contains("named `java`");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 20_000})
    void feelNestedTooDeepIsRefusedBeforeItIsParsed(int depth) {
        var problems = new ArrayList<Problem>();
        String feel = "(".repeat(depth) + "1" + ")".repeat(depth);
        var limits = new BundleLimits(2_000, 64, 250_000, 200, 5_000, 100_000, 10_000);

        boolean admitted = DmnStructure.check(files(feel), limits, problems);

        assertThat(admitted).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.BUNDLE_LIMIT);
            assertThat(p.element()).isEqualTo("x");
            assertThat(p.message()).contains("nest at most 64 deep");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{f: function(n) if n < 2 then n else f(n - 1) + f(n - 2), r: f(30)}.r | `f` calls itself",
        "{a: function(n) if n = 0 then 0 else b(n - 1), b: function(n) a(n), r: a(30)}.r | `a` calls itself",
        "{f: function(n) {g: function(m) f(m - 1), r: g(n)}.r, r: f(3)}.r | `f` calls itself",
        "{g: function(h, n) if n = 0 then 0 else h(h, n - 1), r: g(g, 30)}.r | invoke its parameter `h`",
        "function(h) function(n) h(n) | invoke its parameter `h`",
        "{f: function(n) if n = 0 then 0 else g(n - 1), g: f, r: f(30)}.r | `f` calls itself",
        "{l: [function(n) if n = 0 then 0 else r(n - 1)], r: l[1], s: r(30)}.s | `l` calls itself"
    })
    void recursionAmongInlineFunctionsIsRefusedWhereItIsWritten(String feel, String reason) {
        var problems = new ArrayList<Problem>();

        boolean admitted = check(feel, problems);

        assertThat(admitted).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.FORBIDDEN_CONSTRUCT);
            assertThat(p.element()).isEqualTo("x");
            assertThat(p.message()).contains(reason).contains("at line 1");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 4_999})
    void aChainOfOperatorsDeeperThanKieCanCompileIsRefusedAsALimit(int operators) {
        var problems = new ArrayList<Problem>();

        boolean admitted = check("1 + ".repeat(operators) + "1", problems);

        assertThat(admitted).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.BUNDLE_LIMIT);
            assertThat(p.element()).isEqualTo("x");
        });
    }

    @Test
    void boxedFunctionsThatDoNotRecurseAndARecursiveBkmAreAdmitted() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="m" name="M" namespace="urn:m">
                  <businessKnowledgeModel id="fact" name="fact"><variable id="fv" name="fact"/>
                    <encapsulatedLogic id="fl"><formalParameter id="fk" name="k" typeRef="number"/>
                      <literalExpression id="fb"><text>if k &lt; 2 then 1 else k * fact(k - 1)</text>
                      </literalExpression>
                    </encapsulatedLogic>
                  </businessKnowledgeModel>
                  <decision id="d" name="d"><variable id="dv" name="d"/>
                    <knowledgeRequirement id="kr"><requiredKnowledge href="#fact"/></knowledgeRequirement>
                    <context id="c">
                      <contextEntry id="e_inc"><variable id="v_inc" name="inc"/>
                        <functionDefinition id="inc_f"><formalParameter id="inc_v" name="v"/>
                          <literalExpression id="inc_b"><text>v + 1</text></literalExpression></functionDefinition>
                      </contextEntry>
                      <contextEntry id="e_twice"><variable id="v_twice" name="twice"/>
                        <functionDefinition id="twice_f"><formalParameter id="twice_v" name="v"/>
                          <invocation id="twice_call">
                            <literalExpression id="twice_called"><text>inc</text></literalExpression>
                            <binding><parameter id="twice_p" name="v"/>
                              <literalExpression id="twice_arg"><text>inc(v)</text></literalExpression></binding>
                          </invocation></functionDefinition>
                      </contextEntry>
                      <contextEntry id="e_r">
                        <literalExpression id="r"><text>twice(fact(3))</text></literalExpression></contextEntry>
                    </context>
                  </decision>
                </definitions>
                """;
        var problems = new ArrayList<Problem>();
        var files = new TreeMap<String, byte[]>();
        files.put("dmn/m.dmn", model.getBytes(StandardCharsets.UTF_8));

        boolean admitted = DmnStructure.check(files, BundleLimits.defaults(), problems);

        assertThat(problems).isEmpty();
        assertThat(admitted).isTrue();
    }

    private static boolean check(String feel, ArrayList<Problem> problems) {
        return DmnStructure.check(files(feel), BundleLimits.defaults(), problems);
    }

    private static TreeMap<String, byte[]> files(String feel) {
        var files = new TreeMap<String, byte[]>();
        files.put("dmn/m.dmn", MODEL.formatted(feel.replace("&", "&amp;").replace("<", "&lt;"))
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
