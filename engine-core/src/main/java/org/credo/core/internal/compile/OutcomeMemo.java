package org.credo.core.internal.compile;

import org.credo.core.Outcome;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Outcomes of one rule set's rule-based decisions, remembered by exactly what decided them: the decision, its
 * inputs (compared by value) and the day. A compiled rule set never changes, so the same three give the same
 * outcome, trace included; remembering it spares a rule session per decision for the many declarations of one
 * enterprise on one day. Holds at most {@link #MOST_OUTCOMES}, and forgets all of them when full. Thread-safe.
 */
final class OutcomeMemo {
    static final int MOST_OUTCOMES = 4_096;

    private final Map<Key, Outcome> outcomes = new ConcurrentHashMap<>();

    private record Key(String decision, Map<String, Object> inputs, LocalDate asOf) {
    }

    /** The outcome remembered for these, or the one {@code decide} gives, then remembered (failures are not). */
    Outcome outcome(String decision, Map<String, Object> inputs, LocalDate asOf, Supplier<Outcome> decide) {
        Outcome known = outcomes.get(new Key(decision, inputs, asOf));
        if (known != null) {
            return known;
        }
        Outcome fresh = decide.get();
        if (outcomes.size() >= MOST_OUTCOMES) {
            outcomes.clear();
        }
        outcomes.put(new Key(decision, new HashMap<>(inputs), asOf), fresh);
        return fresh;
    }
}
