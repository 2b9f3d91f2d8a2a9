package org.credo.service.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;
import org.credo.core.RuleSet;
import org.credo.service.audit.RuleTextSource;
import org.credo.service.audit.RuleTexts;
import org.credo.service.problem.ApiException;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule texts of every rule-set version, taken from the compiled version (compiled from its stored bundle when
 * this instance has not compiled it yet) and kept once taken: a version never changes.
 */
@ApplicationScoped
public class RuleSetTexts implements RuleTextSource {
    private static final Logger LOG = Logger.getLogger(RuleSetTexts.class);

    private final ActiveRuleSet ruleSets;
    private final StoredBundles bundles;
    private final Map<String, RuleTexts> byVersion = new ConcurrentHashMap<>();

    public RuleSetTexts(ActiveRuleSet ruleSets, StoredBundles bundles) {
        this.ruleSets = ruleSets;
        this.bundles = bundles;
    }

    @Override
    public Optional<RuleTexts> of(String rulesetVersion) {
        RuleTexts texts = byVersion.get(rulesetVersion);
        if (texts != null) {
            return Optional.of(texts);
        }
        Optional<RuleSet> ruleSet = ruleSets.byVersion(rulesetVersion).or(() -> stored(rulesetVersion));
        return ruleSet.map(r -> byVersion.computeIfAbsent(rulesetVersion, v -> of(r.rules())));
    }

    private Optional<RuleSet> stored(String version) {
        try {
            return Optional.of(bundles.ruleSet(version));
        } catch (ApiException | IllegalStateException e) {
            LOG.warnf("rule texts of version %s cannot be read, records of it show rule ids only: %s", version,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** The texts of every rule id that names one text in the rules; an id declared with two texts is left out. */
    static RuleTexts of(List<RuleDescriptor> rules) {
        var texts = new HashMap<String, RuleTexts.Text>();
        Set<String> ambiguous = new HashSet<>();
        for (RuleDescriptor rule : rules) {
            RuleBasis basis = rule.basis();
            if (basis == null || basis.ruleId() == null) {
                continue;
            }
            var text = new RuleTexts.Text(basis.description(), basis.legalBasis());
            RuleTexts.Text before = texts.putIfAbsent(basis.ruleId(), text);
            if (before != null && !before.equals(text)) {
                ambiguous.add(basis.ruleId());
            }
        }
        ambiguous.forEach(texts::remove);
        return new RuleTexts(texts);
    }
}
