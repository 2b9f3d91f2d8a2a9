package org.credo.core.internal.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code *.scenarios.json} file strictly, reporting every malformed part as a
 * {@link ProblemCodes#SCENARIO_FORMAT} problem at its line.
 *
 * <pre>{@code
 * {"decision": "inspection",            (or "model": "<DMN model name>")
 *  "scenarios": [{"name": "…", "asOf": "2025-06-30", "inputs": {…}, "expected": {…},
 *                 "expectedRules": ["CC-251-3A"]}]}
 * }</pre>
 */
public final class ScenarioFileReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "asOf", "inputs", "expected", "expectedRules");

    private final String path;
    private final List<Problem> problems;

    private ScenarioFileReader(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    /** The file, or {@code null} when it is malformed; every problem found is added to {@code problems}. */
    public static ScenarioFile read(String path, byte[] content, List<Problem> problems) {
        int before = problems.size();
        ScenarioFile file = new ScenarioFileReader(path, problems).read(content);
        return problems.size() == before ? file : null;
    }

    private ScenarioFile read(byte[] content) {
        try (JsonParser parser = JSON.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem(line(parser), "a scenario file is a JSON object with \"decision\" (or \"model\") and "
                        + "\"scenarios\"");
                return null;
            }
            return readTop(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problem(at == null ? null : at.getLineNr(), "not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problem(null, "unreadable: " + e.getMessage());
            return null;
        }
    }

    private ScenarioFile readTop(JsonParser parser) throws IOException {
        String decision = null;
        String model = null;
        int targetLine = 1;
        List<Scenario> scenarios = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            switch (field) {
                case "decision", "model" -> {
                    String name = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                    if (name == null || name.isBlank()) {
                        problem(line, "\"" + field + "\" must name a " + field);
                        parser.skipChildren();
                    } else if (field.equals("decision")) {
                        decision = name;
                    } else {
                        model = name;
                    }
                    targetLine = line;
                }
                case "scenarios" -> scenarios = readScenarios(parser, line);
                default -> {
                    problem(line, "unknown field \"" + field + "\"");
                    parser.skipChildren();
                }
            }
        }
        if ((decision == null) == (model == null)) {
            problem(1, "a scenario file names exactly one of \"decision\" and \"model\"");
        }
        if (scenarios == null) {
            problem(1, "a scenario file needs a \"scenarios\" array");
            return null;
        }
        if (decision != null) {
            scenarios.stream().filter(s -> s.asOf() == null).forEach(s ->
                    problem(s.line(), "scenario \"" + s.name() + "\" needs \"asOf\" (YYYY-MM-DD) to decide"));
        }
        return new ScenarioFile(path, decision, model, targetLine, scenarios);
    }

    private List<Scenario> readScenarios(JsonParser parser, int line) throws IOException {
        var scenarios = new ArrayList<Scenario>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problem(line, "\"scenarios\" must be an array");
            parser.skipChildren();
            return scenarios;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int at = line(parser);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                problem(at, "each scenario is a JSON object");
                parser.skipChildren();
                continue;
            }
            Scenario scenario = readScenario((ObjectNode) parser.readValueAsTree(), at);
            if (scenario != null) {
                scenarios.add(scenario);
            }
        }
        return scenarios;
    }

    private Scenario readScenario(ObjectNode node, int line) {
        int before = problems.size();
        node.fieldNames().forEachRemaining(field -> {
            if (!SCENARIO_FIELDS.contains(field)) {
                problem(line, "unknown scenario field \"" + field + "\"");
            }
        });
        String name = node.path("name").isTextual() ? node.get("name").asText() : null;
        if (name == null || name.isBlank()) {
            problem(line, "a scenario needs a \"name\"");
        }
        LocalDate asOf = asOf(node.get("asOf"), line);
        JsonNode inputs = node.has("inputs") ? node.get("inputs") : JSON.createObjectNode();
        if (!inputs.isObject()) {
            problem(line, "\"inputs\" must be an object");
        }
        JsonNode expected = node.get("expected");
        if (expected == null || !expected.isObject()) {
            problem(line, "a scenario needs an \"expected\" object");
        }
        List<String> expectedRules = expectedRules(node.get("expectedRules"), line);
        return problems.size() == before
                ? new Scenario(name, asOf, inputs, expected, expectedRules, line)
                : null;
    }

    private LocalDate asOf(JsonNode value, int line) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            problem(line, "\"asOf\" must be a date (YYYY-MM-DD), not " + value);
            return null;
        }
    }

    private List<String> expectedRules(JsonNode value, int line) {
        var rules = new ArrayList<String>();
        if (value == null) {
            return rules;
        }
        if (!value.isArray()) {
            problem(line, "\"expectedRules\" must be an array of rule ids");
            return rules;
        }
        value.forEach(rule -> {
            if (rule.isTextual()) {
                rules.add(rule.asText());
            } else {
                problem(line, "\"expectedRules\" must be an array of rule ids");
            }
        });
        return rules;
    }

    private void problem(Integer line, String message) {
        problems.add(Problem.inLine(ProblemCodes.SCENARIO_FORMAT, Severity.ERROR, path, line, message));
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
