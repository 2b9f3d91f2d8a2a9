package org.credo.service.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.credo.service.contract.AuditAnswers.DecisionPage;
import org.credo.service.contract.AuditAnswers.StoredDecision;
import org.credo.service.problem.ApiException;
import org.credo.service.problem.QueryParams;
import org.credo.service.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The audit trail for auditors: fetch, search, verify and export stored decisions. */
@Path("/api/v1")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {
    private static final String UUID = "[0-9a-fA-F-]{36}";

    private final AuditStore store;
    private final ObjectMapper mapper;
    private final LogAudit audit;
    private final LogAnchors anchors;

    public AuditResource(AuditStore store, ObjectMapper mapper, LogAudit audit, LogAnchors anchors) {
        this.store = store;
        this.mapper = mapper;
        this.audit = audit;
        this.anchors = anchors;
    }

    @GET
    @Path("/decisions/{decisionId}")
    @Operation(summary = "A stored decision record, with its full trace and hashes")
    @APIResponse(responseCode = "200", description = "The stored record",
            content = @Content(schema = @Schema(implementation = StoredDecision.class)))
    public ObjectNode get(@PathParam("decisionId") String decisionId) {
        return AuditRecordJson.of(find(store, decisionId));
    }

    /** The stored record of a decision id, or 404. */
    public static AuditRecord find(AuditStore store, String decisionId) {
        if (!decisionId.matches(UUID)) {
            throw ApiException.notFound("no decision " + decisionId);
        }
        return store.byId(decisionId).orElseThrow(() -> ApiException.notFound("no decision " + decisionId));
    }

    @GET
    @Path("/decisions")
    @Operation(summary = "Searches stored decisions, newest first; page from 0, size up to 200")
    @APIResponse(responseCode = "200", description = "One page of stored records, newest first",
            content = @Content(schema = @Schema(implementation = DecisionPage.class)))
    public ObjectNode search(@QueryParam("enterpriseId") String enterpriseId, @QueryParam("type") String type,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("rulesetVersion") String rulesetVersion,
                             @QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = QueryParams.integer("page", pageParam, 0, 0, 1_000_000);
        int size = QueryParams.integer("size", sizeParam, 20, 1, 200);
        TimeRange range = TimeRange.parse(from, to);
        AuditStore.SearchPage found = store.search(new AuditStore.SearchFilter(enterpriseId, type, rulesetVersion,
                range.from(), range.to()), page, size);
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        var items = answer.putArray("items");
        found.items().forEach(r -> items.add(AuditRecordJson.of(r)));
        answer.put("page", page);
        answer.put("size", size);
        answer.put("total", found.total());
        return answer;
    }

    @GET
    @Path("/audit/verify")
    @Operation(summary = "Walks the whole log: every record against the stored tree and chain, and the tree against "
            + "a checkpoint it must extend: treeSize and rootHash (base64) an auditor holds, or else the latest "
            + "stored checkpoint; names the first record that fails")
    public LogVerification verify(@QueryParam("treeSize") String treeSize, @QueryParam("rootHash") String rootHash) {
        if (treeSize == null && rootHash == null) {
            return audit.verify(anchors.latestStored().orElse(null));
        }
        return audit.verify(anchors.fromParameters(treeSize, rootHash));
    }

    @POST
    @Path("/audit/verify")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Walks the whole log against a signed checkpoint an auditor holds (the note as text/plain): "
            + "proves the log extends it and names the first record that fails")
    public LogVerification verifyAgainst(String signedCheckpoint) {
        return audit.verify(anchors.fromNote(signedCheckpoint));
    }

    @GET
    @Path("/audit/export")
    @Produces({"application/x-ndjson", "text/csv"})
    @Operation(summary = "Streams the records decided in a date range as NDJSON or CSV, in chain order")
    @APIResponse(responseCode = "200", description = "One stored record per NDJSON line or CSV row", content = {
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("ndjson") String format) {
        if (!format.equals("ndjson") && !format.equals("csv")) {
            throw QueryParams.invalid("format", "must be ndjson or csv");
        }
        if (from == null || from.isBlank()) {
            throw QueryParams.invalid("from", "is required");
        }
        if (to == null || to.isBlank()) {
            throw QueryParams.invalid("to", "is required");
        }
        TimeRange range = TimeRange.parse(from, to);
        boolean csv = format.equals("csv");
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            SequenceWriter rows = csv ? CsvRow.writer(writer) : null;
            store.inOrder(range.from(), range.to(), record -> {
                try {
                    if (csv) {
                        rows.write(CsvRow.of(record, mapper));
                    } else {
                        writer.write(mapper.writeValueAsString(AuditRecordJson.of(record)));
                        writer.write('\n');
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (csv) {
                rows.flush();
            }
            writer.flush();
        };
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : "application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"credo-audit-" + from + "-" + to + "."
                        + format + "\"")
                .build();
    }
}
