package org.credo.core.internal.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.credo.core.BundleFormatException;
import org.credo.core.Manifest;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads a bundle's {@code ruleset.json}, reporting a malformed one as a located {@link Problem}. */
public final class ManifestReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestReader() {
    }

    /** The manifest, or a {@link ProblemCodes#MANIFEST} problem located at the offending line. */
    public static Result read(byte[] content) {
        try {
            RawManifest raw = JSON.readValue(content, RawManifest.class);
            if (raw.name() == null || raw.name().isBlank()) {
                return Result.problem(problem(null, "the manifest needs a name"));
            }
            return Result.of(new Manifest(raw.name(), raw.description(), raw.validFrom(), raw.validTo(),
                    raw.files() == null ? List.of() : raw.files(),
                    raw.decisions() == null ? Map.of() : raw.decisions(),
                    raw.invariants() == null ? List.of() : raw.invariants()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return Result.problem(problem(at == null ? null : at.getLineNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            return Result.problem(problem(null, e.getMessage()));
        }
    }

    /** The files a manifest lists, for loading a bundle from the class path. */
    public static List<String> listedFiles(byte[] manifest) {
        Result result = read(manifest);
        if (result.manifest() == null) {
            throw new BundleFormatException(result.problem().message());
        }
        return result.manifest().files();
    }

    private static Problem problem(Integer line, String message) {
        return Problem.inLine(ProblemCodes.MANIFEST, Severity.ERROR, Manifest.PATH, line, message);
    }

    /** The manifest as written, before absent lists and maps become empty ones. */
    private record RawManifest(String name, String description, LocalDate validFrom, LocalDate validTo,
                               List<String> files, Map<String, Manifest.DecisionDefinition> decisions,
                               List<Manifest.Invariant> invariants) {
    }

    /** Either a manifest or the problem that kept it from being read. */
    public record Result(Manifest manifest, Problem problem) {
        static Result of(Manifest manifest) {
            return new Result(manifest, null);
        }

        static Result problem(Problem problem) {
            return new Result(null, problem);
        }
    }
}
