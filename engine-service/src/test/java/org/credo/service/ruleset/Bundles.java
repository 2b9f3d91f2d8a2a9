package org.credo.service.ruleset;

import org.credo.core.Bundle;
import org.credo.zone.ZoneRuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Bundles for the lifecycle tests. Every bundle names this test run, so that a kept database sees new content. */
final class Bundles {
    /** Makes this run's bundles differ from those of earlier runs on the same database. */
    static final String RUN = UUID.randomUUID().toString();
    /** The inspection parameter the variant changes: the regular rate of general-trade export, high-risk goods. */
    static final String RATE_CELL = "<outputEntry id=\"rule-ins-reg-ex-gt-h-out1\"><text>";
    static final String SHIPPED_RATE = "0.05";

    private Bundles() {
    }

    /** The shipped bundle with one number changed in the inspection DMN: that regular rate, as {@code rate}. */
    static byte[] inspectionVariant(String rate) {
        var files = new TreeMap<String, byte[]>(ZoneRuleSet.shippedBundle().files());
        String dmn = text(files.get("dmn/inspection.dmn"));
        String cell = RATE_CELL + SHIPPED_RATE + "</text>";
        if (!dmn.contains(cell)) {
            throw new IllegalStateException("the shipped inspection DMN no longer holds " + cell);
        }
        files.put("dmn/inspection.dmn", bytes(dmn.replace(cell, RATE_CELL + rate + "</text>")));
        String manifest = text(files.get("ruleset.json"));
        files.put("ruleset.json", bytes(manifest.replaceFirst("\"description\": \"",
                "\"description\": \"test run " + RUN + ", general-trade export high-risk rate " + rate + ": ")));
        return Bundle.of(files).toZip();
    }

    /** A small DMN-only bundle whose decision {@code answer} answers {@code {"value": value}}. */
    static byte[] tiny(int value) {
        return zip(tinyFiles(value, value));
    }

    /** A small bundle whose scenario expects {@code expected} where the decision answers {@code value}. */
    static byte[] tinyExpecting(int value, int expected) {
        return zip(tinyFiles(value, expected));
    }

    /** The small bundle with more files, each listed in the manifest. */
    static byte[] tinyWith(int value, Map<String, String> extra) {
        var files = tinyFiles(value, value);
        files.putAll(extra);
        String list = String.join("\", \"", files.keySet().stream().filter(f -> !f.equals("ruleset.json"))
                .toList());
        files.put("ruleset.json", manifest(value, "\"" + list + "\""));
        return zip(files);
    }

    static Map<String, String> tinyFiles(int value, int expected) {
        var files = new LinkedHashMap<String, String>();
        files.put("ruleset.json", manifest(value, "\"dmn/answer.dmn\", \"scenarios/answer.scenarios.json\""));
        files.put("dmn/answer.dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="answer" name="Answer"
                             namespace="https://credo.org/test/answer">
                  <decision id="answer-decision" name="answer">
                    <variable id="answer-var" name="answer"/>
                    <context id="answer-ctx">
                      <contextEntry id="answer-value"><variable id="answer-value-var" name="value" typeRef="number"/>
                        <literalExpression id="answer-value-x"><text>%d</text></literalExpression></contextEntry>
                    </context>
                  </decision>
                </definitions>
                """.formatted(value));
        files.put("scenarios/answer.scenarios.json", """
                {"decision": "answer",
                 "scenarios": [{"name": "answers its value", "asOf": "2026-01-01", "inputs": {},
                                "expected": {"value": %d}}]}
                """.formatted(expected));
        return files;
    }

    private static String manifest(int value, String files) {
        return """
                {"name": "answer", "description": "test run %s, answer %d", "validFrom": "2026-01-01",
                 "validTo": null, "files": [%s],
                 "decisions": {"answer": {"model": "Answer", "decision": "answer"}}}
                """.formatted(RUN, value, files);
    }

    /** The shipped bundle with one more file, named in its manifest, and this run in its description. */
    static byte[] shippedWith(String path, byte[] content) {
        var files = new TreeMap<String, byte[]>(ZoneRuleSet.shippedBundle().files());
        files.put(path, content);
        String manifest = text(files.get("ruleset.json"))
                .replaceFirst("\"files\": \\[", "\"files\": [\n    \"" + path + "\",")
                .replaceFirst("\"description\": \"", "\"description\": \"test run " + RUN + ", with " + path
                        + ": ");
        files.put("ruleset.json", bytes(manifest));
        return Bundle.of(files).toZip();
    }

    /** A test resource's bytes. */
    static byte[] resource(String path) {
        try (var in = Bundles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, String> files) {
        var bytes = new TreeMap<String, byte[]>();
        files.forEach((path, text) -> bytes.put(path, bytes(text)));
        return Bundle.of(bytes).toZip();
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
