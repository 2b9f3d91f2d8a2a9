package org.credo.service.ruleset;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.service.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Simulation jobs started with {@code POST /api/v1/rulesets/{version}/simulations}: their state, and cancel. */
@Path(SimulationResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets")
public class SimulationResource {
    static final String PATH = "/api/v1/simulations";

    private final SimulationJobs simulations;

    public SimulationResource(SimulationJobs simulations) {
        this.simulations = simulations;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.AUDITOR})
    @Operation(summary = "A simulation job: status, progress and, once ended, its report; 404 when this instance "
            + "does not know it")
    public SimulationJobView get(@PathParam("id") String id) {
        return simulations.get(id).view();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.AUDITOR})
    @Operation(summary = "Cancel a simulation job: it stops before its next decision and keeps its report so far; "
            + "202 while it still runs, 200 once it ended")
    @APIResponse(responseCode = "202", description = "The job, stopping",
            content = @Content(schema = @Schema(implementation = SimulationJobView.class)))
    @APIResponse(responseCode = "200", description = "The job, ended",
            content = @Content(schema = @Schema(implementation = SimulationJobView.class)))
    public Response cancel(@PathParam("id") String id) {
        SimulationJobView view = simulations.cancel(id).view();
        return Response.status(view.ended() ? 200 : 202).entity(view).build();
    }
}
