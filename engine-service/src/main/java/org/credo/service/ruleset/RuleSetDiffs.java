package org.credo.service.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.Bundle;
import org.credo.core.RuleSetDiff;
import org.credo.service.problem.ApiException;

import java.util.regex.Pattern;

/**
 * Compares two stored versions for the approver ({@link RuleSetDiff}): reads their stored bundles, compiles nothing.
 * A version id is 64 lower-case hex digits; anything else is a 400 naming the parameter, an unknown one a 404.
 */
@ApplicationScoped
public class RuleSetDiffs {
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{64}");

    private final StoredBundles bundles;
    private final RuleSetLifecycle lifecycle;

    public RuleSetDiffs(StoredBundles bundles, RuleSetLifecycle lifecycle) {
        this.bundles = bundles;
        this.lifecycle = lifecycle;
    }

    /** What {@code version} changes relative to {@code against}, or to the active version when that is null. */
    public RuleSetDiff diff(String version, String against) {
        String to = checked("version", version);
        String from = against == null || against.isBlank() ? lifecycle.deciding().version()
                : checked("against", against);
        return RuleSetDiff.between(Bundle.fromZip(bundles.zip(from)), Bundle.fromZip(bundles.zip(to)));
    }

    private static String checked(String name, String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw ApiException.invalid(name, "must be a rule-set version id (64 lower-case hex digits)");
        }
        return version;
    }
}
