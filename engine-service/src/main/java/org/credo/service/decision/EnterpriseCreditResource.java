package org.credo.service.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.credo.service.contract.DecisionAnswers.CreditClassificationAnswer;
import org.credo.service.problem.QueryParams;
import org.credo.service.registry.Registry;
import org.credo.service.security.Roles;
import org.credo.service.validation.Uscc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * The credit classification of a registered enterprise from the registry's stored facts as of a day: a POST by a
 * decision client is an audited decision; the contract's GET, open to every role, reads the same classification and
 * records nothing.
 */
@Path("/api/v1/enterprises/{enterpriseId}/credit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions")
public class EnterpriseCreditResource {
    private final Registry registry;
    private final DecisionContexts contexts;
    private final DecisionService decisions;
    private final SecurityIdentity identity;

    public EnterpriseCreditResource(Registry registry, DecisionContexts contexts, DecisionService decisions,
                                    SecurityIdentity identity) {
        this.registry = registry;
        this.contexts = contexts;
        this.decisions = decisions;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "Decides the credit classification from the stored facts as of a day (an audited decision)")
    @APIResponse(responseCode = "200", description = "The classification, stored for audit",
            content = @Content(schema = @Schema(implementation = CreditClassificationAnswer.class)))
    public ObjectNode decide(@PathParam("enterpriseId") @Uscc String enterpriseId, @QueryParam("asOf") String asOf,
                             @HeaderParam(RuleLanguage.HEADER) String acceptLanguage) {
        LocalDate day = day(enterpriseId, asOf);
        return DecisionAnswer.of(decisions.decide(contexts.creditFromRegistry(
                Caller.now(identity.getPrincipal().getName()), enterpriseId, day)), RuleLanguage.of(acceptLanguage));
    }

    @GET
    @Authenticated
    @Operation(summary = "The credit classification from the stored facts as of a day, read only (nothing recorded,"
            + " no decisionId)")
    @APIResponse(responseCode = "200", description = "The classification, without decisionId and decidedAt",
            content = @Content(schema = @Schema(implementation = CreditClassificationAnswer.class)))
    public ObjectNode read(@PathParam("enterpriseId") @Uscc String enterpriseId, @QueryParam("asOf") String asOf,
                           @HeaderParam(RuleLanguage.HEADER) String acceptLanguage) {
        DecisionContext context = contexts.creditFromRegistry(null, enterpriseId, day(enterpriseId, asOf));
        return DecisionAnswer.unrecorded(decisions.evaluate(context), RuleLanguage.of(acceptLanguage));
    }

    private LocalDate day(String enterpriseId, String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf, contexts.today());
        registry.require(enterpriseId);
        return day;
    }
}
