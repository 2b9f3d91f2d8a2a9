package org.credo.service.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.service.decision.CreditEventBody;
import org.credo.service.decision.DecisionAnswer;
import org.credo.service.decision.DecisionRecorder;
import org.credo.service.decision.DecisionService;
import org.credo.service.decision.RuleLanguage;
import org.credo.service.problem.QueryParams;
import org.credo.service.security.Roles;
import org.credo.service.validation.Uscc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/** The shared enterprise registry: enterprises, their credit events, and classification from the stored facts. */
@Path("/api/v1/enterprises/{enterpriseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprise registry")
public class RegistryResource {
    private final Registry registry;
    private final DecisionService decisions;
    private final SecurityIdentity identity;
    private final Clock clock;

    public RegistryResource(Registry registry, DecisionService decisions, SecurityIdentity identity, Clock clock) {
        this.registry = registry;
        this.decisions = decisions;
        this.identity = identity;
        this.clock = clock;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.DECISION_CLIENT})
    @Operation(summary = "Creates or replaces what the registry knows of an enterprise")
    public ObjectNode put(@PathParam("enterpriseId") @Uscc String enterpriseId,
                          @NotNull @Valid EnterpriseBody body) {
        return RegistryJson.enterprise(registry.put(enterpriseId, body));
    }

    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "Records a credit event; idempotent on eventId (201 when new, 200 with the stored event)")
    public Response recordEvent(@PathParam("enterpriseId") @Uscc String enterpriseId,
                                @NotNull @Valid CreditEventBody body) {
        Registry.Recorded recorded;
        try {
            recorded = registry.record(enterpriseId, body);
        } catch (PersistenceException raced) {
            // the same event recorded concurrently: answer the one that was stored
            recorded = new Registry.Recorded(registry.stored(body.eventId()).orElseThrow(() -> raced), false);
        }
        return Response.status(recorded.created() ? 201 : 200)
                .entity(RegistryJson.event(recorded.event(), null)).build();
    }

    @GET
    @Path("/credit")
    @Authenticated
    @Operation(summary = "The credit classification from the stored facts as of a day (an audited decision)")
    public ObjectNode credit(@PathParam("enterpriseId") @Uscc String enterpriseId, @QueryParam("asOf") String asOf,
                             @HeaderParam(RuleLanguage.HEADER) String acceptLanguage) {
        LocalDate day = QueryParams.date("asOf", asOf, LocalDate.now(clock));
        registry.require(enterpriseId);
        return DecisionAnswer.of(decisions.creditFromRegistry(
                DecisionRecorder.Request.now(identity.getPrincipal().getName()), enterpriseId, day),
                RuleLanguage.of(acceptLanguage));
    }
}
