package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.Bundle;
import org.credo.core.Manifest;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditResource;
import org.credo.service.audit.AuditStore;
import org.credo.service.contract.DecisionType;
import org.credo.service.problem.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored decision kept as a scenario of a new draft ("this decision must stay as it is"): the decision's day, the
 * inputs its rule set decided on, its outputs as the expectation and the rules that decided it, appended to the
 * scenario file {@code scenarios/kept-<type>.scenarios.json} of a version's bundle (added to the manifest when new).
 * The new bundle is uploaded as any bundle is ({@link RuleSetLifecycle#upload}), so its scenarios run before it is a
 * draft. Only decisions decided from the caller's inputs alone can be kept: an inspection or a credit measure of the
 * registry's class decided on inputs the service derived (its reference data holds {@code creditInputs}), and a
 * generic model evaluation names no manifest decision.
 */
@ApplicationScoped
public class KeptDecisions {
    private final AuditStore store;
    private final StoredBundles bundles;
    private final RuleSetLifecycle lifecycle;
    private final ObjectMapper mapper;

    public KeptDecisions(AuditStore store, StoredBundles bundles, RuleSetLifecycle lifecycle, ObjectMapper mapper) {
        this.store = store;
        this.bundles = bundles;
        this.lifecycle = lifecycle;
        this.mapper = mapper;
    }

    /**
     * Uploads {@code into}'s bundle with the decision kept as a scenario, as {@code author}.
     *
     * @param into the version the new draft starts from; null for the version deciding now
     */
    public RuleSetLifecycle.Upload keep(String decisionId, String into, String author) {
        AuditRecord record = AuditResource.find(store, decisionId);
        DecisionType type = DecisionType.of(record.type())
                .filter(t -> t != DecisionType.INSPECTION && !record.referenceData().has("creditInputs"))
                .orElseThrow(() -> ApiException.inadmissible("decisionId", "decision " + decisionId + " ("
                        + record.type() + ") was decided on inputs the service derived or on a model: only a "
                        + "decision made from the caller's inputs alone can be kept as a scenario"));
        if (!record.readable()) {
            throw ApiException.inadmissible("decisionId", "decision " + decisionId + " cannot be read: "
                    + record.unreadable());
        }
        String version = into == null ? lifecycle.deciding().version() : into;
        lifecycle.find(version).orElseThrow(() -> ApiException.notFound("no rule-set version " + version));
        Bundle source = Bundle.fromZip(bundles.zip(version));
        return lifecycle.upload(withScenario(source, type, record).toZip(), author);
    }

    private Bundle withScenario(Bundle source, DecisionType type, AuditRecord record) {
        String path = "scenarios/kept-" + type.id() + ".scenarios.json";
        Map<String, byte[]> files = new LinkedHashMap<>(source.files());
        ObjectNode file = files.containsKey(path) ? read(files.get(path)) : newScenarioFile(type);
        ArrayNode scenarios = file.withArrayProperty("scenarios");
        String name = "decision " + record.decisionId() + " of " + record.decidedAt() + " stays as it was decided";
        for (JsonNode scenario : scenarios) {
            if (scenario.path("name").asText().equals(name)) {
                throw ApiException.conflict("decision " + record.decisionId() + " is already kept in " + path
                        + " of version " + source.versionId());
            }
        }
        ObjectNode scenario = scenarios.addObject();
        scenario.put("name", name);
        scenario.put("asOf", record.asOf().toString());
        scenario.set("inputs", record.inputs().deepCopy());
        scenario.set("expected", record.outputs().deepCopy());
        ArrayNode rules = scenario.putArray("expectedRules");
        record.body().path("reasons").forEach(reason -> {
            if (reason.path("ruleId").isTextual()) {
                rules.add(reason.path("ruleId").asText());
            }
        });
        boolean listed = files.containsKey(path);
        files.put(path, write(file));
        if (!listed) {
            ObjectNode manifest = read(files.get(Manifest.PATH));
            manifest.withArrayProperty("files").add(path);
            files.put(Manifest.PATH, write(manifest));
        }
        return Bundle.of(files);
    }

    private ObjectNode newScenarioFile(DecisionType type) {
        ObjectNode file = mapper.createObjectNode().put("decision", type.id());
        file.putArray("scenarios");
        return file;
    }

    private ObjectNode read(byte[] json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(JsonNode json) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
