package org.credo.service.ruleset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.credo.core.RuleDescriptor;
import org.credo.service.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.credo.service.ruleset.RuleSetCalls.RULESETS;
import static org.credo.service.ruleset.RuleSetCalls.as;
import static org.credo.service.ruleset.RuleSetCalls.post;
import static org.credo.service.ruleset.RuleSetCalls.uploaded;

/**
 * Nothing of a draft is compiled or evaluated in the service's JVM (docs/security.md, "Bounded work"): the service
 * refuses to compile a version nobody approved, and a draft's DRL rules are those the draft worker listed.
 */
@QuarkusTest
class DraftsStayInTheWorkerTest {
    @Inject
    StoredBundles bundles;
    @Inject
    RuleSetLifecycle lifecycle;

    @Test
    void theServiceRefusesToCompileADraftAndCompilesItOnceApproved() {
        String draft = uploaded(Bundles.tiny((int) (System.nanoTime() & 0x3fffffff)));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> bundles.ruleSet(draft));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.getMessage()).contains("never approved");
        assertThat(compiledInTheService(draft)).isFalse();

        post("approver", draft, "approve").then().statusCode(200);
        assertThat(bundles.ruleSet(draft).version()).isEqualTo(draft);
        assertThat(compiledInTheService(draft)).isTrue();
    }

    @Test
    void aDraftKeptWithoutItsRuleListGetsItFromTheWorkerNotFromACompileHere() {
        String draft = uploaded(Bundles.shippedWith("dmn/listed-again.dmn", Bundles.resource(
                "attacks/bounded/simulation/pattern-match.dmn")));
        List<RuleDescriptor> atUpload = lifecycle.drlRules(draft);
        assertThat(atUpload).isNotEmpty().allMatch(rule -> rule.kind().equals("DRL"))
                .anyMatch(rule -> "CC-251-REGIME".equals(rule.basis().ruleId()));
        QuarkusTransaction.requiringNew().run(() -> RuleSetVersion.byVersion(draft).orElseThrow().drlRules = null);

        assertThat(lifecycle.drlRules(draft)).isEqualTo(atUpload);
        assertThat(QuarkusTransaction.requiringNew().call(() -> RuleSetVersion.byVersion(draft).orElseThrow()
                .drlRules)).as("kept again").isNotNull();
        assertThat(compiledInTheService(draft)).isFalse();
    }

    private static boolean compiledInTheService(String version) {
        return as("auditor").get(RULESETS + "/" + version).then().statusCode(200).extract().path("compiled");
    }
}
