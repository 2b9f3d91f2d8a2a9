package org.credo.service.ruleset;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
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

import java.net.URI;

/** Keeps a stored decision as a scenario of a new draft ({@link KeptDecisions}). */
@Path("/api/v1/rulesets/{version}/kept-decisions/{decisionId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets")
public class KeptDecisionResource {
    private final KeptDecisions kept;
    private final SecurityIdentity identity;

    public KeptDecisionResource(KeptDecisions kept, SecurityIdentity identity) {
        this.kept = kept;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.RULE_AUTHOR)
    @Operation(summary = "A new draft: the version's bundle with the stored decision kept as a scenario (\"this "
            + "decision must stay as it is\"); 201 with the draft, 422 when its scenarios fail or the decision was "
            + "decided on derived inputs, 409 when the version keeps it already")
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "200", description = "The stored version of identical content",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    public Response keep(@PathParam("version") String version, @PathParam("decisionId") String decisionId) {
        RuleSetLifecycle.Upload upload = kept.keep(decisionId, version, identity.getPrincipal().getName());
        return Response.status(upload.created() ? 201 : 200)
                .location(URI.create("/api/v1/rulesets/" + upload.version().version()))
                .entity(upload.version()).build();
    }
}
