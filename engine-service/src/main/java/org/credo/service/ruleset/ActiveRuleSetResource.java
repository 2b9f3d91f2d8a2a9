package org.credo.service.ruleset;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.credo.core.RuleSet;

/** {@code GET /api/v1/rulesets/active}: which rule set decides now. */
@Path("/api/v1/rulesets/active")
@Authenticated
public class ActiveRuleSetResource {
    private final ActiveRuleSet activeRuleSet;

    public ActiveRuleSetResource(ActiveRuleSet activeRuleSet) {
        this.activeRuleSet = activeRuleSet;
    }

    /** The active version, its bundle name and state. */
    public record ActiveVersion(String version, String name, String state) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ActiveVersion active() {
        RuleSet ruleSet = activeRuleSet.current();
        return new ActiveVersion(ruleSet.version(), ruleSet.manifest().name(), "ACTIVE");
    }
}
