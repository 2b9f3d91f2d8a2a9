package org.credo.service.console;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.RuleSet;
import org.credo.service.decision.DecisionContexts;
import org.credo.service.decision.Evaluation;
import org.credo.service.decision.Evaluator;
import org.credo.service.registry.CreditEvent;
import org.credo.service.ruleset.ActiveRuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An enterprise's classification history: the active rule set classifies the registry's facts as of the day before
 * the first event and every day on which something could change — an event, a payment, a due date passing, a regime
 * change, a restoration date — and the history keeps
 * the days on which the class or its restoration dates did change. Nothing is recorded: these are views, not
 * decisions (the "classify now" action makes an audited decision).
 */
@ApplicationScoped
public class CreditHistory {
    /** Days the regime changed: Order 251 and Order 282 came into force. */
    private static final List<LocalDate> REGIME_CHANGES = List.of(LocalDate.of(2021, 11, 1),
            LocalDate.of(2026, 4, 1));
    private static final int MAX_DAYS = 120;

    private final ActiveRuleSet activeRuleSet;
    private final Evaluator evaluator;
    private final DecisionContexts contexts;

    public CreditHistory(ActiveRuleSet activeRuleSet, Evaluator evaluator, DecisionContexts contexts) {
        this.activeRuleSet = activeRuleSet;
        this.evaluator = evaluator;
        this.contexts = contexts;
    }

    /** The class from one day on, with its restoration dates and the rules that decided it. */
    public record Period(LocalDate from, String creditClass, String regime, boolean seriouslyDishonestList,
                         String restorationOnApplicationFrom, String restorationAutomaticFrom, List<String> ruleIds) {
    }

    /** The periods, oldest first, up to {@code today}. */
    public List<Period> of(String enterpriseId, List<CreditEvent> events, LocalDate today) {
        var days = new TreeSet<LocalDate>();
        for (CreditEvent event : events) {
            days.add(event.occurredOn);
            if (event.paidOn != null) {
                days.add(event.paidOn);
            }
            if (event.dueDate != null) {
                days.add(event.dueDate.plusDays(1));
            }
        }
        LocalDate first = days.isEmpty() ? today : days.first();
        if (first.isBefore(today)) {
            days.add(first.minusDays(1));
        }
        REGIME_CHANGES.stream().filter(d -> d.isAfter(first)).forEach(days::add);
        days.add(today);
        RuleSet ruleSet = activeRuleSet.current();
        var periods = new ArrayList<Period>();
        var pending = new TreeSet<>(days.headSet(today, true));
        int evaluated = 0;
        while (!pending.isEmpty() && evaluated++ < MAX_DAYS) {
            LocalDate day = pending.pollFirst();
            Period period = classify(ruleSet, enterpriseId, day);
            for (String restoration : new String[]{period.restorationOnApplicationFrom(),
                    period.restorationAutomaticFrom()}) {
                if (restoration != null) {
                    LocalDate date = LocalDate.parse(restoration);
                    if (date.isAfter(day) && !date.isAfter(today)) {
                        pending.add(date);
                    }
                }
            }
            Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last == null || !sameStanding(last, period)) {
                periods.add(period);
            }
        }
        return periods;
    }

    private Period classify(RuleSet ruleSet, String enterpriseId, LocalDate day) {
        Evaluation evaluation = evaluator.evaluate(ruleSet, contexts.creditFromRegistry(null, enterpriseId, day));
        JsonNode out = evaluation.outputs();
        var ruleIds = new ArrayList<String>();
        evaluation.reasons().forEach(r -> ruleIds.add(r.path("ruleId").asText()));
        return new Period(day, out.path("creditClass").asText(null), out.path("regime").asText(null),
                out.path("seriouslyDishonestList").asBoolean(),
                out.path("restoration").path("onApplicationFrom").asText(null),
                out.path("restoration").path("automaticFrom").asText(null), ruleIds);
    }

    private static boolean sameStanding(Period a, Period b) {
        return Objects.equals(a.creditClass(), b.creditClass()) && Objects.equals(a.regime(), b.regime())
                && a.seriouslyDishonestList() == b.seriouslyDishonestList()
                && Objects.equals(a.restorationOnApplicationFrom(), b.restorationOnApplicationFrom())
                && Objects.equals(a.restorationAutomaticFrom(), b.restorationAutomaticFrom());
    }
}
