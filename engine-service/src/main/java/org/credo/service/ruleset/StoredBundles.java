package org.credo.service.ruleset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.RuleSet;
import org.credo.service.problem.ApiException;

/**
 * Stored versions, compiled on demand through {@link CompiledRuleSets}: only those two people let through (approved,
 * or the shipped bundle); a draft is compiled and evaluated in the {@link DraftWorker} alone.
 */
@ApplicationScoped
public class StoredBundles {
    private final CompiledRuleSets compiled;

    public StoredBundles(CompiledRuleSets compiled) {
        this.compiled = compiled;
    }

    /**
     * A stored version that passed four eyes, compiled (from the cache when it already is).
     *
     * @throws ApiException 404 when no such version is stored, 409 when it was never approved
     */
    public RuleSet ruleSet(String version) {
        return compiled.compiled(version, () -> approvedZip(version));
    }

    /**
     * The stored bundle of a version, as a zip.
     *
     * @throws ApiException 404 when no such version is stored
     */
    public byte[] zip(String version) {
        return QuarkusTransaction.joiningExisting().call(() -> RuleSetVersion.byVersion(version)
                .map(v -> v.bundle)
                .orElseThrow(() -> notFound(version)));
    }

    private static byte[] approvedZip(String version) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            RuleSetVersion stored = RuleSetVersion.byVersion(version).orElseThrow(() -> notFound(version));
            if (!stored.passedFourEyes()) {
                throw ApiException.conflict("version " + version + " was never approved: a draft is compiled and "
                        + "evaluated in the draft worker only, never in the service");
            }
            return stored.bundle;
        });
    }

    private static ApiException notFound(String version) {
        return ApiException.notFound("no rule-set version " + version);
    }
}
