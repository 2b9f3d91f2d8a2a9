package org.credo.service.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credo.core.Bundle;
import org.credo.service.problem.ApiException;
import org.credo.service.problem.ApiProblem;
import org.credo.service.ruleset.DraftWorker;
import org.credo.service.ruleset.InvalidBundleException;
import org.credo.service.ruleset.RuleSetLifecycle;
import org.credo.service.ruleset.StoredBundles;
import org.credo.service.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Save as draft from the DMN editor: the edited DMN files (multipart parts named by their bundle path, as dmn-js
 * saved them) replace those of the source version, every other file unchanged, and the result is uploaded exactly as
 * a zip upload is ({@link RuleSetLifecycle#upload}: structural checks, then the draft worker). Answers JSON for the
 * editor's script: the new draft, or the upload's problem+json with its located problems. CSRF-checked like every
 * console post (the token in the {@code X-CSRF-TOKEN} header or the form field); rule authors only.
 */
@Path("/console/rulesets/{version}/drafts")
public class DraftFromEditor {
    private final RuleSetLifecycle lifecycle;
    private final StoredBundles bundles;
    private final SecurityIdentity identity;

    public DraftFromEditor(RuleSetLifecycle lifecycle, StoredBundles bundles, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.bundles = bundles;
        this.identity = identity;
    }

    /**
     * The saved draft.
     *
     * @param created false when the edited bundle is identical to a stored version (then {@code version} is that one)
     * @param editor  where the editor continues: the draft's own editor page
     */
    public record Saved(String version, boolean created, String editor) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RULE_AUTHOR)
    public Response save(@PathParam("version") String version, @RestForm(FileUpload.ALL) List<FileUpload> files) {
        if (files.size() > EditedBundle.MAX_FILES) {
            throw ApiException.invalid("files",
                    "at most " + EditedBundle.MAX_FILES + " DMN files per save");
        }
        Map<String, byte[]> edits = new LinkedHashMap<>();
        for (FileUpload file : files) {
            if (file.size() > Bundle.MAX_FILE_BYTES) {
                throw ApiException.invalid(file.name(),
                        "a file holds at most " + Bundle.MAX_FILE_BYTES + " bytes");
            }
            if (edits.put(file.name(), read(file)) != null) {
                throw ApiException.invalid(file.name(), "sent twice");
            }
        }
        Bundle edited = EditedBundle.of(Bundle.fromZip(bundles.zip(version)), edits);
        RuleSetLifecycle.Upload upload = lifecycle.upload(edited.toZip(), identity.getPrincipal().getName());
        String saved = upload.version().version();
        return Response.status(upload.created() ? 201 : 200).entity(new Saved(saved, upload.created(),
                "/console/rulesets/" + saved + "/editor?notice=" + (upload.created() ? "saved" : "identical")))
                .build();
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ServerExceptionMapper
    public Response invalidBundle(InvalidBundleException e) {
        return Response.status(e.body().status()).type(ApiProblem.MEDIA_TYPE).entity(e.body()).build();
    }

    @ServerExceptionMapper
    public Response workersBusy(DraftWorker.Busy e) {
        return Response.status(503).header("Retry-After", e.retryAfterSeconds()).type(ApiProblem.MEDIA_TYPE)
                .entity(e.toProblem()).build();
    }
}
