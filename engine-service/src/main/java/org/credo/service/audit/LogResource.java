package org.credo.service.audit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.credo.service.audit.log.CheckpointStore;
import org.credo.service.audit.log.LogProofs;
import org.credo.service.audit.log.LogSigner;
import org.credo.service.problem.ApiException;
import org.credo.service.problem.QueryParams;
import org.credo.service.security.Roles;
import org.credo.verifier.Receipt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The verifiable decision log (contract 1.1): the log key, signed checkpoints, receipts, consistency proofs and the
 * leaves, for auditors to check offline.
 */
@Path("/api/v1")
@RolesAllowed(Roles.AUDITOR)
@Tag(name = "Audit")
public class LogResource {
    private final AuditStore store;
    private final CheckpointStore checkpoints;
    private final LogProofs proofs;
    private final LogSigner signer;

    public LogResource(AuditStore store, CheckpointStore checkpoints, LogProofs proofs, LogSigner signer) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.signer = signer;
    }

    @GET
    @Path("/audit/log-key")
    @Authenticated
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The log's verifier key in C2SP signed-note form, <name>+<key hash>+<base64 key>")
    public String logKey() {
        return signer.logKey().verifierKey();
    }

    @GET
    @Path("/audit/checkpoint")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The latest signed checkpoint, or the stored one of treeSize (C2SP tlog-checkpoint)")
    public String checkpoint(@QueryParam("treeSize") String treeSize) {
        return checkpointOf(treeSize).note();
    }

    @GET
    @Path("/decisions/{decisionId}/receipt")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything needed to check one decision offline: its leaf, its inclusion proof and the "
            + "signed checkpoint (the latest, or of treeSize); 409 while it is not in that checkpoint")
    public Receipt receipt(@PathParam("decisionId") String decisionId, @QueryParam("treeSize") String treeSize) {
        AuditRecord record = AuditResource.find(store, decisionId);
        long index = record.sequence() - 1;
        CheckpointStore.Stored checkpoint = treeSize == null ? checkpoints.latest()
                .orElseThrow(() -> notYet(decisionId)) : checkpointOf(treeSize);
        if (checkpoint.treeSize() <= index) {
            throw notYet(decisionId);
        }
        return new Receipt(record.decisionId(), index, checkpoint.treeSize(), record.canonicalBody(),
                base64(proofs.inclusion(index, checkpoint.treeSize())), checkpoint.note());
    }

    @GET
    @Path("/audit/consistency")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The RFC 9162 consistency proof between two stored checkpoints, from <= to")
    public Consistency consistency(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        long from = LogAnchors.size("from", fromParam);
        long to = LogAnchors.size("to", toParam);
        if (from == 0) {
            throw QueryParams.invalid("from", "must be at least 1: every tree extends the empty one");
        }
        if (from > to) {
            throw QueryParams.invalid("from", "must not be larger than to");
        }
        checkpointOf("from", from);
        checkpointOf("to", to);
        return new Consistency(from, to, base64(proofs.consistency(from, to)));
    }

    @GET
    @Path("/audit/leaves")
    @Produces("application/x-ndjson")
    @Operation(summary = "The log's leaves from the first record as NDJSON: line i is leaf i (the record's canonical "
            + "body), up to the latest checkpoint or the stored one of treeSize; check it offline against checkpoints")
    @APIResponse(responseCode = "200", description = "One leaf per line: a record's canonical body",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)))
    public Response leaves(@QueryParam("treeSize") String treeSize) {
        long size = checkpointOf(treeSize).treeSize();
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            store.first(size, record -> {
                try {
                    writer.write(record.canonicalBody());
                    writer.write('\n');
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(body, "application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"credo-log-" + size + ".ndjson\"").build();
    }

    private CheckpointStore.Stored checkpointOf(String treeSize) {
        if (treeSize == null) {
            return checkpoints.latest().orElseThrow(() -> ApiException.notFound("no checkpoint issued yet"));
        }
        return checkpointOf("treeSize", LogAnchors.treeSize(treeSize));
    }

    private CheckpointStore.Stored checkpointOf(String parameter, long size) {
        return checkpoints.ofSize(size).orElseThrow(() -> ApiException.notFound("no checkpoint of tree size "
                + size + " (" + parameter + ") is stored"));
    }

    private static ApiException notYet(String decisionId) {
        return ApiException.conflict("decision " + decisionId + " is not in a checkpoint yet: ask again within a "
                + "second");
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    /** The contract's consistency proof between two stored checkpoints. */
    public record Consistency(long from, long to, List<String> proof) {
    }
}
