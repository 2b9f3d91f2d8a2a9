package org.credo.service.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.service.contract.CreditEventBody;
import org.credo.service.contract.EnterpriseAnswer;
import org.credo.service.contract.EnterpriseBody;
import org.credo.service.security.Roles;
import org.credo.service.validation.Uscc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shared enterprise registry: enterprises and their credit events. */
@Path("/api/v1/enterprises/{enterpriseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprise registry")
public class RegistryResource {
    private final Registry registry;

    public RegistryResource(Registry registry) {
        this.registry = registry;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.DECISION_CLIENT})
    @Operation(summary = "Creates or replaces what the registry knows of an enterprise")
    @APIResponse(responseCode = "200", description = "The enterprise as stored",
            content = @Content(schema = @Schema(implementation = EnterpriseAnswer.class)))
    public ObjectNode put(@PathParam("enterpriseId") @Uscc String enterpriseId,
                          @NotNull @Valid EnterpriseBody body) {
        return RegistryJson.enterprise(registry.put(enterpriseId, body));
    }

    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "Records a credit event; idempotent on eventId (201 when new, 200 with the stored event)")
    @APIResponse(responseCode = "201", description = "The event, recorded now",
            content = @Content(schema = @Schema(implementation = CreditEventBody.class)))
    @APIResponse(responseCode = "200", description = "The event recorded before under the same eventId",
            content = @Content(schema = @Schema(implementation = CreditEventBody.class)))
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
}
