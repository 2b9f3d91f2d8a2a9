package org.credo.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.credo.core.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundle attack corpus of engine-core ({@code engine-core/src/test/resources/attacks}, whose README lists each
 * attack) uploaded to the service by a signed-in rule author: every one is answered 422 with its expected problem
 * code at its expected place, creates no marker file, stores no version, and the service stays ready to decide.
 */
@QuarkusTest
class UploadedAttackCorpusTest {
    private static final Path CORPUS = Path.of("../engine-core/src/test/resources/attacks");
    private static final Pattern EXPECT = Pattern.compile("expect: (\\w+) (element|line)=(\\S+?)(?:\\s|-->)");

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".dmn") || p.toString().endsWith(".drl")).sorted()
                    .map(CORPUS::relativize).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void anAuthorsHostileUploadIsRefusedWhereItStandsAndTheServiceKeepsDeciding(Path attack) throws IOException {
        String text = Files.readString(CORPUS.resolve(attack), StandardCharsets.UTF_8);
        Matcher expect = EXPECT.matcher(text);
        assertThat(expect.find()).as("%s names its expected refusal", attack).isTrue();
        String bundlePath = (attack.toString().endsWith(".dmn") ? "dmn/" : "rules/") + attack.getFileName();
        List<Path> markersBefore = markers();
        int versionsBefore = versions();

        JsonPath refusal = RuleSetCalls.upload("author", bundle(bundlePath, text))
                .then().statusCode(422).contentType("application/problem+json").extract().jsonPath();

        List<Map<String, Object>> located = refusal.getList("problems.findAll { it.code == '" + expect.group(1)
                + "' && it.file == '" + bundlePath + "' }");
        assertThat(located).as("%s problems of %s", expect.group(1), attack).isNotEmpty();
        Object where = expect.group(2).equals("element") ? expect.group(3) : Integer.valueOf(expect.group(3));
        assertThat(located).extracting(p -> p.get(expect.group(2))).contains(where);
        assertThat(markers()).as("marker files after %s", attack).isEqualTo(markersBefore);
        assertThat(versions()).as("versions stored").isEqualTo(versionsBefore);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        Decisions.inspect("ATTACK-" + UUID.randomUUID()).then().statusCode(200);
    }

    /** The attack file and a manifest listing it; a DMN attack's decision is also the bundle's invariant. */
    private static byte[] bundle(String path, String content) {
        String invariants = path.endsWith(".dmn")
                ? ", \"invariants\": [{\"model\": \"Attack\", \"decision\": \"Attack\", \"message\": \"attack\"}]"
                : "";
        String manifest = "{\"name\": \"attack\", \"files\": [\"" + path + "\"], \"decisions\": {}" + invariants + "}";
        return Bundle.of(Map.of("ruleset.json", manifest.getBytes(StandardCharsets.UTF_8),
                path, content.getBytes(StandardCharsets.UTF_8))).toZip();
    }

    private static int versions() {
        return RuleSetCalls.as("auditor").get(RuleSetCalls.RULESETS).then().statusCode(200).extract()
                .jsonPath().getList("$").size();
    }

    private static List<Path> markers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("credo-attack-")).sorted().toList();
        }
    }
}
