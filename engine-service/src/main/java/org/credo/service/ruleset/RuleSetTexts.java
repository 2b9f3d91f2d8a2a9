package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The rule bases (ids, texts, confidence, validity) of every rule-set version, which records refer to by rule id:
 * taken from the compiled version (compiled from its stored bundle when this instance has not compiled it yet) and
 * kept once taken, as a version never changes.
 */
@ApplicationScoped
public class RuleSetTexts implements RuleTextSource {
    private static final Logger LOG = Logger.getLogger(RuleSetTexts.class);

    private final ActiveRuleSet ruleSets;
    private final StoredBundles bundles;
    private final ObjectMapper mapper;
    private final Map<String, RuleTexts> byVersion = new ConcurrentHashMap<>();

    /** @param mapper writes a basis as the decision trace does, so that a trace's basis and the version's compare */
    public RuleSetTexts(ActiveRuleSet ruleSets, StoredBundles bundles, ObjectMapper mapper) {
        this.ruleSets = ruleSets;
        this.bundles = bundles;
        this.mapper = mapper;
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

    /** The declared basis of every rule id that names one basis; an id declared twice differently is left out. */
    RuleTexts of(List<RuleDescriptor> rules) {
        var bases = new HashMap<String, ObjectNode>();
        Set<String> ambiguous = new HashSet<>();
        for (RuleDescriptor rule : rules) {
            RuleBasis basis = rule.basis();
            if (basis == null || basis.ruleId() == null) {
                continue;
            }
            ObjectNode json = mapper.valueToTree(basis);
            ObjectNode before = bases.putIfAbsent(basis.ruleId(), json);
            if (before != null && !before.equals(json)) {
                ambiguous.add(basis.ruleId());
            }
        }
        ambiguous.forEach(bases::remove);
        return new RuleTexts(bases);
    }
}
