package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service with {@code CREDO_LOG_JSON=true} (docs/operations.md): every log line it writes is one JSON
 * object with its level, logger and message, the decision id among the MDC fields. Runs under failsafe, after
 * packaging, on the embedded default's build (next to {@link ServiceInstance}, which starts it).
 */
class JsonLogsIT {
    private static final Duration START = Duration.ofMinutes(5);

    @Test
    void withJsonLogsSwitchedOnEveryLogLineIsAJsonObject() throws Exception {
        Path app = TwoInstancesIT.quarkusApp();
        String kind = TwoInstancesIT.packagedDatabaseKind(app);
        Assumptions.assumeTrue("h2".equals(kind), "skipped: the packaged jar was built for database kind '" + kind
                + "', not for the embedded default's H2");
        Path dir = Files.createTempDirectory(app.getParent(), "json-logs-");
        var properties = Map.of("credo.data-dir", dir.toString(), "credo.ruleset.warm-up", "false",
                "CREDO_LOG_JSON", "true");
        List<JsonNode> records = new ArrayList<>();
        try (var service = ServiceInstance.start("json-logs", app, dir, properties, null, START)) {
            service.as("customs").contentType("application/json")
                    .body("{\"advancerKind\": \"LOGISTICS\", \"affiliated\": true, \"termMonths\": 11}")
                    .post("/api/v1/decisions/fx-advance-payment").then().statusCode(200);
            var json = new ObjectMapper();
            for (String line : service.logLines()) {
                if (line.startsWith("{")) {
                    records.add(json.readTree(line));
                } else {
                    assertThat(line).as("a log line that is not JSON").doesNotContainPattern(
                            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} ");
                }
            }
        }
        assertThat(records).as("JSON log records").isNotEmpty()
                .allSatisfy(r -> assertThat(r.has("level") && r.has("loggerName") && r.has("message")).isTrue());
        assertThat(records).as("the start-up line")
                .anySatisfy(r -> assertThat(r.path("message").asText()).contains("started in"));
    }
}
