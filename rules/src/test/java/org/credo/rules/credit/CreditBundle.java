package org.credo.rules.credit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.credo.core.Bundle;
import org.credo.core.CompilerOptions;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.rules.ZoneFacts;

/**
 * A test-only bundle of this module's credit files from the class path, with a manifest that offers them as the
 * {@code credit-classification} decision; the shipped manifest lives in dmn-models.
 */
final class CreditBundle {
    static final List<String> DRL_FILES = List.of(
            "rules/credit-237.drl", "rules/credit-251.drl", "rules/credit-282.drl");
    static final String SCENARIOS = "scenarios/credit.scenarios.json";
    static final String DECISION = "credit-classification";

    private static final String MANIFEST = """
            {"name": "credit-under-test", "description": "the customs credit classification alone",
             "validFrom": "2018-05-01", "validTo": null,
             "files": ["rules/credit-237.drl", "rules/credit-251.drl", "rules/credit-282.drl",
                       "scenarios/credit.scenarios.json"],
             "decisions": {"credit-classification": {"binding": "customs-credit"}},
             "invariants": []}
            """;

    private CreditBundle() {
    }

    static Bundle bundle() {
        var files = new TreeMap<String, byte[]>();
        files.put("ruleset.json", MANIFEST.getBytes(StandardCharsets.UTF_8));
        DRL_FILES.forEach(file -> files.put(file, resource(file)));
        files.put(SCENARIOS, resource(SCENARIOS));
        return Bundle.of(files);
    }

    static CompilerOptions options() {
        return new CompilerOptions(CreditBundle.class.getClassLoader(), ZoneFacts.factPackages(),
                ZoneFacts.bindings(), true);
    }

    static RuleSet ruleSet() {
        return new RuleSetCompiler(options()).compile(bundle()).ruleSet().orElseThrow();
    }

    static Map<String, String> drlTexts() {
        var texts = new TreeMap<String, String>();
        DRL_FILES.forEach(file -> texts.put(file, new String(resource(file), StandardCharsets.UTF_8)));
        return texts;
    }

    private static byte[] resource(String file) {
        try (InputStream in = CreditBundle.class.getClassLoader().getResourceAsStream("credo/zone/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no class-path resource credo/zone/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
