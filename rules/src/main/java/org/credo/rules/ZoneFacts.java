package org.credo.rules;

import java.util.Map;
import java.util.Set;

import org.credo.core.FactBinding;
import org.credo.rules.credit.CreditBinding;

/** What the host hands engine-core for the zone's DRL rules: the fact packages and the fact bindings by name. */
public final class ZoneFacts {
    /** The binding name a manifest gives the customs credit classification. */
    public static final String CUSTOMS_CREDIT = "customs-credit";

    private ZoneFacts() {
    }

    /** The packages whose classes DRL rules may use. */
    public static Set<String> factPackages() {
        return Set.of("org.credo.rules.credit");
    }

    /** The fact bindings by name. */
    public static Map<String, FactBinding> bindings() {
        return Map.of(CUSTOMS_CREDIT, new CreditBinding());
    }
}
