package org.credo.service.ruleset;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.junit.jupiter.api.Test;

import java.util.TreeMap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** The service compiles the shipped bundle from the build's precompiled DRL rules, not from their source. */
class ShippedCompilationTest {

    @Test
    void theShippedBundleTakesItsRulesFromTheBuildsArtifact() {
        Compilation shipped = ShippedRuleSet.compilation();

        assertThat(shipped.succeeded()).isTrue();
        assertThat(shipped.drlFromArtifact()).isTrue();
    }

    @Test
    void anyOtherBundleHasItsRulesBuiltFromTheirSource() {
        var files = new TreeMap<>(ShippedRuleSet.bundle().files());
        String drl = "rules/credit-282.drl";
        files.put(drl, ("// another version\n" + ShippedRuleSet.bundle().text(drl)).getBytes(UTF_8));

        Compilation other = ZoneCompiler.compileValidated(Bundle.of(files));

        assertThat(other.succeeded()).isTrue();
        assertThat(other.drlFromArtifact()).isFalse();
    }
}
