package org.credo.service.ruleset;

import java.util.Set;

/**
 * Where a rule-set version stands: DRAFT → APPROVED → ACTIVE → RETIRED, or REJECTED. A RETIRED version (or an
 * APPROVED one) may be activated again: that is the rollback.
 */
public enum RuleSetState {
    DRAFT, APPROVED, ACTIVE, RETIRED, REJECTED;

    private static final Set<RuleSetState> ACTIVATABLE = Set.of(APPROVED, RETIRED);
    private static final Set<RuleSetState> REJECTABLE = Set.of(DRAFT, APPROVED);

    /** Whether an approver may activate a version in this state. */
    public boolean canBeActivated() {
        return ACTIVATABLE.contains(this);
    }

    /** Whether an approver may reject a version in this state. */
    public boolean canBeRejected() {
        return REJECTABLE.contains(this);
    }
}
