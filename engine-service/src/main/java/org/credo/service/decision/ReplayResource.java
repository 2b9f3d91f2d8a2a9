package org.credo.service.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.credo.service.audit.AuditResource;
import org.credo.service.audit.AuditStore;
import org.credo.service.contract.AuditAnswers.ReplayAnswer;
import org.credo.service.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/decisions/{decisionId}/replay} (auditor). */
@Path("/api/v1/decisions/{decisionId}/replay")
@RolesAllowed(Roles.AUDITOR)
@Tag(name = "Audit")
public class ReplayResource {
    private final AuditStore store;
    private final DecisionReplay replay;

    public ReplayResource(AuditStore store, DecisionReplay replay) {
        this.store = store;
        this.replay = replay;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-decides a stored decision with its rule-set version and recorded reference data")
    @APIResponse(responseCode = "200", description = "The stored outcome beside the one re-decided now",
            content = @Content(schema = @Schema(implementation = ReplayAnswer.class)))
    public ObjectNode replay(@PathParam("decisionId") String decisionId) {
        return replay.replay(AuditResource.find(store, decisionId));
    }
}
