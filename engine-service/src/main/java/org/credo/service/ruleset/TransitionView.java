package org.credo.service.ruleset;

import java.time.Instant;

/** One recorded state change: the version, from which state (null when it was created) to which, who, when, why. */
public record TransitionView(long id, String version, RuleSetState from, RuleSetState to, String actor,
                             Instant at, String note) {

    static TransitionView of(RuleSetTransition t) {
        return new TransitionView(t.id, t.version, t.fromState, t.toState, t.actor, t.occurredAt, t.note);
    }
}
