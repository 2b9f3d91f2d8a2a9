package org.credo.core.internal.compile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.credo.core.Outcome;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Outcomes of one rule set's rule-based decisions, remembered by exactly what decided them: the decision, its
 * inputs (compared by value) and the day. A compiled rule set never changes, so the same three give the same
 * outcome, trace included; remembering it spares a rule session per decision for the many declarations of one
 * enterprise on one day. A bounded Caffeine cache of at most {@link #MOST_OUTCOMES}: when full it forgets the
 * outcomes least worth keeping, not all of them. Outcomes are deeply immutable, so one may be handed to every
 * caller. Thread-safe. {@link #none()} remembers nothing ({@link org.credo.core.CompilerOptions#withoutOutcomeMemo()}).
 */
final class OutcomeMemo {
    static final int MOST_OUTCOMES = 4_096;

    /** Null when nothing is remembered. */
    private final Cache<Key, Outcome> outcomes;

    OutcomeMemo() {
        this(Caffeine.newBuilder().maximumSize(MOST_OUTCOMES).build());
    }

    private OutcomeMemo(Cache<Key, Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    /** A memo that remembers nothing: every call decides. */
    static OutcomeMemo none() {
        return new OutcomeMemo(null);
    }

    private record Key(String decision, Map<String, Object> inputs, LocalDate asOf) {
    }

    /** The outcome remembered for these, or the one {@code decide} gives, then remembered (failures are not). */
    Outcome outcome(String decision, Map<String, Object> inputs, LocalDate asOf, Supplier<Outcome> decide) {
        if (outcomes == null) {
            return decide.get();
        }
        Outcome known = outcomes.getIfPresent(new Key(decision, inputs, asOf));
        if (known != null) {
            return known;
        }
        Outcome fresh = decide.get();
        outcomes.put(new Key(decision, new HashMap<>(inputs), asOf), fresh);
        return fresh;
    }
}
