package org.credo.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the runner judges a test case, on the suite's first model ({@code 0001-input-data-string}: "Greeting Message"
 * is {@code "Hello " + Full Name}) with test cases written here: an expected error is not a missing result, and an
 * expected value the runner cannot read fails its case.
 */
class TckRunnerTest {
    private static final String FOLDER = "compliance-level-2/0001-input-data-string";
    private static final String CASES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testCases xmlns="http://www.omg.org/spec/DMN/20160719/testcase"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:xsd="http://www.w3.org/2001/XMLSchema">
              <modelName>0001-input-data-string.dmn</modelName>
              <testCase id="as-expected">
                <inputNode name="Full Name"><value xsi:type="xsd:string">John Doe</value></inputNode>
                <resultNode name="Greeting Message">
                  <expected><value xsi:type="xsd:string">Hello John Doe</value></expected>
                </resultNode>
              </testCase>
              <testCase id="other-value">
                <inputNode name="Full Name"><value xsi:type="xsd:string">John Doe</value></inputNode>
                <resultNode name="Greeting Message">
                  <expected><value xsi:type="xsd:string">Hello Jane Doe</value></expected>
                </resultNode>
              </testCase>
              <testCase id="error-expected-value-found">
                <inputNode name="Full Name"><value xsi:type="xsd:string">John Doe</value></inputNode>
                <resultNode name="Greeting Message" errorResult="true"/>
              </testCase>
              <testCase id="error-expected-result-missing">
                <inputNode name="Full Name"><value xsi:type="xsd:string">John Doe</value></inputNode>
                <resultNode name="No Such Decision" errorResult="true"/>
              </testCase>
              <testCase id="null-expected-result-missing">
                <inputNode name="Full Name"><value xsi:type="xsd:string">John Doe</value></inputNode>
                <resultNode name="No Such Decision"><expected><value xsi:nil="true"/></expected></resultNode>
              </testCase>
              <testCase id="unreadable-type">
                <inputNode name="Full Name"><value xsi:type="xsd:string">John Doe</value></inputNode>
                <resultNode name="Greeting Message">
                  <expected><value xsi:type="xsd:base64Binary">SGVsbG8=</value></expected>
                </resultNode>
              </testCase>
              <testCase id="unreadable-number">
                <inputNode name="Full Name"><value xsi:type="xsd:string">John Doe</value></inputNode>
                <resultNode name="Greeting Message">
                  <expected><value xsi:type="xsd:decimal">twelve</value></expected>
                </resultNode>
              </testCase>
              <testCase id="expects-nothing">
                <inputNode name="Full Name"><value xsi:type="xsd:string">John Doe</value></inputNode>
                <resultNode name="Greeting Message"/>
              </testCase>
            </testCases>
            """;

    @Test
    void anExpectedErrorIsNotAMissingResultAndAnUnreadableExpectationFails(@TempDir Path folder) throws Exception {
        String model = "0001-input-data-string.dmn";
        Files.copy(TckSuite.directory().resolve(FOLDER).resolve(model), folder.resolve(model));
        Files.writeString(folder.resolve("0001-input-data-string-test-01.xml"), CASES);

        Map<String, String> failures = TckRunner.run(FOLDER, folder).stream().collect(Collectors.toMap(
                TckRunner.CaseResult::caseId, r -> r.passed() ? "passed" : r.failure()));

        assertThat(failures).containsOnlyKeys(List.of("as-expected", "other-value", "error-expected-value-found",
                "error-expected-result-missing", "null-expected-result-missing", "unreadable-type",
                "unreadable-number", "expects-nothing"));
        assertThat(failures.get("as-expected")).isEqualTo("passed");
        assertThat(failures.get("other-value")).contains("expected \"Hello Jane Doe\" but found \"Hello John Doe\"");
        assertThat(failures.get("error-expected-value-found")).contains("expected an error (null)");
        assertThat(failures.get("error-expected-result-missing")).contains("has no result");
        assertThat(failures.get("null-expected-result-missing")).contains("has no result");
        assertThat(failures.get("unreadable-type")).contains("cannot be read").contains("base64Binary");
        assertThat(failures.get("unreadable-number")).contains("cannot be read").contains("is not a number");
        assertThat(failures.get("expects-nothing")).contains("cannot be read").contains("expects nothing");
    }
}
