package org.credo.service.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.credo.core.Bundle;
import org.credo.service.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

/**
 * Every DMN file of engine-core's attack corpus ({@code engine-core/src/test/resources/attacks}, see its README)
 * saved through the DMN editor, in place of a harmless model of a stored version, is refused exactly as the same
 * bundle uploaded as a zip is: the same status and the same located problems, its expected code at its expected
 * element or line, no marker file, no version stored.
 */
@QuarkusTest
class EditorAttackCorpusTest {
    private static final Path CORPUS = Path.of("../engine-core/src/test/resources/attacks");
    private static final Pattern EXPECT = Pattern.compile("expect: (\\w+) (element|line)=(\\S+?)(?:\\s|-->)");
    private static final String ATTACK_FILE = "dmn/attack.dmn";
    private static final String HARMLESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="attack" name="Attack"
                         namespace="https://credo.org/attacks/harmless">
              <decision id="attack_decision" name="Attack">
                <variable id="attack_var" name="Attack" typeRef="boolean"/>
                <literalExpression id="attack_expr"><text>true</text></literalExpression>
              </decision>
            </definitions>
            """;
    private static String source;

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS.resolve("dmn"))) {
            return files.filter(p -> p.toString().endsWith(".dmn")).sorted().map(CORPUS::relativize).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void anAttackSavedFromTheEditorIsRefusedAsTheSameZipUploadIs(Path attack) throws IOException {
        String text = Files.readString(CORPUS.resolve(attack), StandardCharsets.UTF_8);
        Matcher expect = EXPECT.matcher(text);
        assertThat(expect.find()).as("%s names its expected refusal", attack).isTrue();
        String harmless = source();
        List<Path> markersBefore = markers();
        int versionsBefore = versions();
        var author = ConsoleClient.signIn("author");

        var saved = DraftFromEditorTest.save(author.withToken(), harmless, Map.of(ATTACK_FILE, text)).then()
                .extract();
        var uploaded = Api.as("author").contentType("application/zip").body(bundle(text).toZip())
                .post("/api/v1/rulesets").then().extract();

        assertThat(saved.statusCode()).as("status of %s", attack).isEqualTo(uploaded.statusCode()).isEqualTo(422);
        assertThat(saved.contentType()).startsWith("application/problem+json");
        JsonPath refusal = saved.jsonPath();
        assertThat(refusal.getList("problems")).isEqualTo(uploaded.jsonPath().getList("problems"));
        List<Map<String, Object>> located = refusal.getList("problems.findAll { it.code == '" + expect.group(1)
                + "' && it.file == '" + ATTACK_FILE + "' }");
        assertThat(located).as("%s problems of %s", expect.group(1), attack).isNotEmpty();
        Object where = expect.group(2).equals("element") ? expect.group(3) : Integer.valueOf(expect.group(3));
        assertThat(located).extracting(p -> p.get(expect.group(2))).contains(where);
        assertThat(markers()).as("marker files after %s", attack).isEqualTo(markersBefore);
        assertThat(versions()).as("versions stored").isEqualTo(versionsBefore);
    }

    /** A stored version holding a harmless {@code dmn/attack.dmn}, whose decision is the bundle's invariant. */
    private static synchronized String source() {
        if (source == null) {
            source = Api.as("author").contentType("application/zip").body(bundle(HARMLESS).toZip())
                    .post("/api/v1/rulesets").then().statusCode(oneOf(200, 201)).extract()
                    .path("version");
        }
        return source;
    }

    private static Bundle bundle(String attackModel) {
        String manifest = "{\"name\": \"attack\", \"files\": [\"" + ATTACK_FILE + "\"], \"decisions\": {}, "
                + "\"invariants\": [{\"model\": \"Attack\", \"decision\": \"Attack\", \"message\": \"attack\"}]}";
        return Bundle.of(Map.of("ruleset.json", manifest.getBytes(StandardCharsets.UTF_8),
                ATTACK_FILE, attackModel.getBytes(StandardCharsets.UTF_8)));
    }

    private static int versions() {
        return Api.auditor().get("/api/v1/rulesets").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static List<Path> markers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("credo-attack-")).sorted().toList();
        }
    }
}
