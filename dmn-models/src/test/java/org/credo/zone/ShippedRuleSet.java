package org.credo.zone;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/** The shipped bundle compiled once for all tests, and variants of it with one file's text changed. */
final class ShippedRuleSet {
    private static RuleSet compiled;

    private ShippedRuleSet() {
    }

    static synchronized RuleSet ruleSet() {
        if (compiled == null) {
            Compilation compilation = compile(ZoneRuleSet.shippedBundle());
            if (!compilation.succeeded()) {
                throw new AssertionError("the shipped bundle does not compile: " + compilation.errors());
            }
            compiled = compilation.ruleSet().orElseThrow();
        }
        return compiled;
    }

    static Compilation compile(Bundle bundle) {
        return new RuleSetCompiler(ZoneRuleSet.options()).compile(bundle);
    }

    /** The shipped bundle with every {@code target} in {@code file} replaced; fails when the text does not occur. */
    static Bundle withReplaced(String file, String target, String replacement) {
        return withReplacedAfter(file, "<definitions", target, replacement);
    }

    /** The shipped bundle with every {@code target} in {@code file} after the first {@code anchor} replaced. */
    static Bundle withReplacedAfter(String file, String anchor, String target, String replacement) {
        Bundle shipped = ZoneRuleSet.shippedBundle();
        String text = shipped.text(file);
        int start = text == null ? -1 : text.indexOf(anchor);
        if (start < 0 || !text.substring(start).contains(target)) {
            throw new AssertionError(file + " does not contain " + target + " after " + anchor);
        }
        String changed = text.substring(0, start) + text.substring(start).replace(target, replacement);
        var files = new TreeMap<>(shipped.files());
        files.put(file, changed.getBytes(StandardCharsets.UTF_8));
        return Bundle.of(files);
    }
}
