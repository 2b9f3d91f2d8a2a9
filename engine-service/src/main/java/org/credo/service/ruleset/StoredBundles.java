package org.credo.service.ruleset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.RuleSet;
import org.credo.service.problem.ApiException;

/** Stored versions, compiled on demand through {@link CompiledRuleSets}. */
@ApplicationScoped
public class StoredBundles {
    private final CompiledRuleSets compiled;

    public StoredBundles(CompiledRuleSets compiled) {
        this.compiled = compiled;
    }

    /**
     * A stored version, compiled (from the cache when it already is).
     *
     * @throws ApiException 404 when no such version is stored
     */
    public RuleSet ruleSet(String version) {
        return compiled.compiled(version, () -> zip(version));
    }

    /**
     * The stored bundle of a version, as a zip.
     *
     * @throws ApiException 404 when no such version is stored
     */
    public byte[] zip(String version) {
        return QuarkusTransaction.joiningExisting().call(() -> RuleSetVersion.byVersion(version)
                .map(v -> v.bundle)
                .orElseThrow(() -> ApiException.notFound("no rule-set version " + version)));
    }
}
