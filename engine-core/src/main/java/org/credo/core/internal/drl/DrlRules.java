package org.credo.core.internal.drl;

import org.credo.core.AsOf;
import org.credo.core.Deadline;
import org.credo.core.EvaluationException;
import org.credo.core.EvaluationMessage;
import org.credo.core.FactBinding;
import org.credo.core.FiredRule;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;
import org.credo.core.Severity;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A compiled DRL rule base with each rule's declared basis. Immutable and thread-safe: every evaluation gets its
 * own session from the shared rule base. A rule fires only on days its validity covers.
 */
public final class DrlRules {
    /** More firings than this in one evaluation means rules that keep re-activating each other. */
    static final int FIRING_LIMIT = 100_000;

    private final KieBase kieBase;
    private final Map<String, RuleBasis> basisByRule;
    private final List<RuleDescriptor> descriptors;

    private DrlRules(KieBase kieBase, Map<String, RuleBasis> basisByRule, List<RuleDescriptor> descriptors) {
        this.kieBase = kieBase;
        this.basisByRule = Map.copyOf(basisByRule);
        this.descriptors = List.copyOf(descriptors);
    }

    /**
     * Reads every rule's metadata. Unreadable metadata is always an error; missing metadata is one when
     * {@code requireMetadata}. Problems are {@link ProblemCodes#RULE_METADATA}, located at the rule's line.
     */
    public static DrlRules of(KieBase kieBase, SortedMap<String, String> drlByPath, boolean requireMetadata,
                              List<Problem> problems) {
        var locations = new HashMap<String, DrlRuleLocation>();
        drlByPath.forEach((path, text) -> DrlRuleLocation.findAll(path, text)
                .forEach(location -> locations.putIfAbsent(location.key(), location)));
        var basisByRule = new HashMap<String, RuleBasis>();
        var described = new ArrayList<DescribedRule>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String key = DrlRuleLocation.key(rule.getPackageName(), rule.getName());
                DrlRuleMetadata metadata = DrlRuleMetadata.read(rule.getMetaData());
                basisByRule.put(key, metadata.basis());
                described.add(new DescribedRule(rule, locations.get(key), metadata));
            }
        }
        described.sort(DescribedRule.IN_FILE_ORDER);
        described.forEach(rule -> rule.report(requireMetadata, problems));
        return new DrlRules(kieBase, basisByRule, described.stream().map(DescribedRule::descriptor).toList());
    }

    /** Every rule with its declared basis, in file order. */
    public List<RuleDescriptor> descriptors() {
        return descriptors;
    }

    /**
     * Inserts {@link AsOf} and the binding's facts into a fresh session, fires the rules in force on {@code asOf}
     * and reads the outputs from working memory, in insertion order. The session halts after the first firing that
     * ends past {@code deadline}.
     *
     * @throws EvaluationException {@link EvaluationException#DEADLINE_EXCEEDED} when the rules ran past the deadline
     */
    public Firing fire(FactBinding binding, Map<String, Object> inputs, LocalDate asOf, Deadline deadline) {
        Collection<?> facts = factsOf(binding, inputs);
        KieSession session = kieBase.newKieSession();
        try {
            var fired = new ArrayList<FiredRule>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Rule rule = event.getMatch().getRule();
                    fired.add(new FiredRule(rule.getPackageName(), rule.getName(), basisOf(rule)));
                    if (deadline.passed()) {
                        session.halt();
                    }
                }
            });
            session.insert(new AsOf(asOf));
            facts.forEach(session::insert);
            int firings = session.fireAllRules(match -> basisOf(match.getRule()).inForceOn(asOf), FIRING_LIMIT);
            deadline.check("the DRL rules");
            if (firings >= FIRING_LIMIT) {
                throw failed("the rules fired " + FIRING_LIMIT + " times without coming to rest", null);
            }
            return new Firing(binding.outputs(objectsInInsertionOrder(session)), fired);
        } catch (EvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failed("a rule failed: " + rootMessage(e), e);
        } catch (StackOverflowError e) {
            throw failed("the rules recursed without end", null);
        } finally {
            session.dispose();
        }
    }

    private static Collection<?> factsOf(FactBinding binding, Map<String, Object> inputs) {
        try {
            return binding.facts(inputs);
        } catch (IllegalArgumentException e) {
            throw new EvaluationException(EvaluationException.INVALID_INPUT, e.getMessage(),
                    List.of(new EvaluationMessage(Severity.ERROR, null, e.getMessage())));
        } catch (RuntimeException e) {
            throw failed("the binding failed: " + rootMessage(e), e);
        }
    }

    private RuleBasis basisOf(Rule rule) {
        return basisByRule.get(DrlRuleLocation.key(rule.getPackageName(), rule.getName()));
    }

    private static List<Object> objectsInInsertionOrder(KieSession session) {
        return session.getFactHandles().stream()
                .map(InternalFactHandle.class::cast)
                .sorted(Comparator.comparingLong(InternalFactHandle::getId))
                .map(InternalFactHandle::getObject)
                .toList();
    }

    private static EvaluationException failed(String message, RuntimeException cause) {
        var exception = new EvaluationException(EvaluationException.EVALUATION_FAILED, message,
                List.of(new EvaluationMessage(Severity.ERROR, null, message)));
        if (cause != null) {
            exception.initCause(cause);
        }
        return exception;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** What one evaluation gave: the binding's outputs and the rules fired, in firing order. */
    public record Firing(Map<String, Object> outputs, List<FiredRule> firedRules) {
    }

    /** A rule of the rule base, where it is written and what it declares. */
    private record DescribedRule(Rule rule, DrlRuleLocation location, DrlRuleMetadata metadata) {
        static final Comparator<DescribedRule> IN_FILE_ORDER = Comparator
                .comparing(DescribedRule::file, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DescribedRule::line, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.rule().getName());

        String file() {
            return location == null ? null : location.file();
        }

        Integer line() {
            return location == null ? null : location.line();
        }

        RuleDescriptor descriptor() {
            return new RuleDescriptor("DRL", file(), rule.getPackageName(), rule.getName(), null, metadata.basis());
        }

        void report(boolean requireMetadata, List<Problem> problems) {
            String where = "rule \"" + rule.getName() + "\": ";
            metadata.invalid().forEach(message -> problems.add(
                    Problem.inLine(ProblemCodes.RULE_METADATA, Severity.ERROR, file(), line(), where + message)));
            if (requireMetadata && !metadata.missing().isEmpty()) {
                problems.add(Problem.inLine(ProblemCodes.RULE_METADATA, Severity.ERROR, file(), line(), where
                        + "lacks " + String.join(", ", metadata.missing().stream().map(k -> "@" + k).toList())));
            }
        }
    }
}
