package org.credo.service.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once a compiled rule set is active. */
@Readiness
@ApplicationScoped
public class RuleSetReadiness implements HealthCheck {
    private final ActiveRuleSet activeRuleSet;

    public RuleSetReadiness(ActiveRuleSet activeRuleSet) {
        this.activeRuleSet = activeRuleSet;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("rule-set").status(activeRuleSet.ready());
        if (activeRuleSet.ready()) {
            response.withData("version", activeRuleSet.current().version());
        }
        return response.build();
    }
}
