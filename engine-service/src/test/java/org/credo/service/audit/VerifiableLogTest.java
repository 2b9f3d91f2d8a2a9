package org.credo.service.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.credo.service.audit.log.CheckpointIssuer;
import org.credo.verifier.Checkpoint;
import org.credo.verifier.ConsistencyProof;
import org.credo.verifier.ExportCheck;
import org.credo.verifier.InclusionProof;
import org.credo.verifier.LogKey;
import org.credo.verifier.MerkleHash;
import org.credo.verifier.Receipt;
import org.credo.verifier.SignedCheckpoint;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.UNKNOWN_ENTERPRISE;
import static org.credo.service.Api.anonymous;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.equalTo;

/** The verifiable decision log over HTTP: the log key, checkpoints, receipts and consistency proofs. */
@QuarkusTest
class VerifiableLogTest {
    @Inject
    CheckpointIssuer issuer;

    static String decide() {
        return customs().body(inspection(unique("DECL"), UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");
    }

    static LogKey logKey() {
        return LogKey.parse(customs().accept("text/plain").get("/api/v1/audit/log-key").then().statusCode(200)
                .contentType("text/plain").extract().asString());
    }

    /** The latest checkpoint, after one was issued over everything stored so far. */
    Checkpoint checkpointOfEverything() throws Exception {
        issuer.issue();
        String note = auditor().accept("text/plain").get("/api/v1/audit/checkpoint").then().statusCode(200)
                .contentType("text/plain").extract().asString();
        return SignedCheckpoint.verify(note, logKey()).checkpoint();
    }

    @Test
    void aReceiptVerifiesWithTheVerifierModuleAndWithAnIndependentRfc9162Check() throws Exception {
        String decisionId = decide();
        checkpointOfEverything();
        String json = auditor().get("/api/v1/decisions/" + decisionId + "/receipt").then().statusCode(200)
                .contentType("application/json").extract().asString();
        JsonPath receipt = new JsonPath(json);

        long index = receipt.getLong("index");
        long treeSize = receipt.getLong("treeSize");
        byte[] leaf = receipt.getString("leaf").getBytes(StandardCharsets.UTF_8);
        List<byte[]> proof = receipt.getList("inclusionProof", String.class).stream()
                .map(Base64.getDecoder()::decode).toList();
        String note = receipt.getString("checkpoint");
        assertThat(receipt.getString("decisionId")).isEqualTo(decisionId);
        assertThat(new JsonPath(receipt.getString("leaf")).getString("decisionId")).isEqualTo(decisionId);
        long sequence = auditor().get("/api/v1/decisions/" + decisionId).then().extract().<Number>path("sequence")
                .longValue();
        assertThat(index).isEqualTo(sequence - 1);

        LogKey key = logKey();
        Checkpoint checkpoint = SignedCheckpoint.verify(note, key).checkpoint();
        assertThat(checkpoint.size()).isEqualTo(treeSize);
        InclusionProof.verify(index, treeSize, MerkleHash.leafHash(leaf), proof, checkpoint.rootHash());
        assertThat(Receipt.parse(json).verify(key)).isEqualTo(checkpoint);

        assertThat(independentlySigned(note, key.publicKey())).as("Ed25519 signature by the JDK alone").isTrue();
        byte[] root = Base64.getDecoder().decode(note.split("\n")[2]);
        assertThat(Rfc9162.inclusionVerifies(index, treeSize, leaf, proof, root)).isTrue();
        byte[] forged = receipt.getString("leaf").replace(decisionId, unique("x").substring(0, 36))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Rfc9162.inclusionVerifies(index, treeSize, forged, proof, root)).as("another leaf").isFalse();
    }

    @Test
    void theLogKeyIsForAnyRoleButNotForStrangers() {
        assertThat(logKey().name()).isEqualTo("credo.example/embedded/log");
        anonymous().get("/api/v1/audit/log-key").then().statusCode(401);
        customs().get("/api/v1/audit/checkpoint").then().statusCode(403);
    }

    @Test
    void checkpointsAreSignedByTheLogKeyAndServedBySize() throws Exception {
        decide();
        Checkpoint latest = checkpointOfEverything();
        assertThat(latest.origin()).isEqualTo("credo.example/embedded/log");
        assertThat(latest.size()).isPositive();
        String bySize = auditor().accept("text/plain").queryParam("treeSize", latest.size())
                .get("/api/v1/audit/checkpoint").then().statusCode(200).extract().asString();
        assertThat(SignedCheckpoint.verify(bySize, logKey()).checkpoint()).isEqualTo(latest);

        auditor().queryParam("treeSize", latest.size() + 1_000_000).get("/api/v1/audit/checkpoint").then()
                .statusCode(404).contentType("application/problem+json");
        auditor().queryParam("treeSize", "many").get("/api/v1/audit/checkpoint").then().statusCode(400)
                .body("violations[0].field", equalTo("treeSize"));
    }

    @Test
    void consistencyProofsBetweenStoredCheckpointsVerify() throws Exception {
        decide();
        Checkpoint earlier = checkpointOfEverything();
        decide();
        decide();
        Checkpoint later = checkpointOfEverything();
        JsonPath consistency = auditor().queryParam("from", earlier.size()).queryParam("to", later.size())
                .get("/api/v1/audit/consistency").then().statusCode(200).extract().jsonPath();
        assertThat(consistency.getLong("from")).isEqualTo(earlier.size());
        assertThat(consistency.getLong("to")).isEqualTo(later.size());
        List<byte[]> proof = consistency.getList("proof", String.class).stream().map(Base64.getDecoder()::decode)
                .toList();
        ConsistencyProof.verify(earlier.size(), later.size(), earlier.rootHash(), later.rootHash(), proof);

        auditor().queryParam("from", later.size()).queryParam("to", earlier.size())
                .get("/api/v1/audit/consistency").then().statusCode(400).body("violations[0].field", equalTo("from"));
        auditor().queryParam("from", earlier.size()).queryParam("to", later.size() + 1_000_000)
                .get("/api/v1/audit/consistency").then().statusCode(404);
        auditor().queryParam("from", earlier.size()).get("/api/v1/audit/consistency").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void aDecisionOutsideTheAskedCheckpointIsAConflictAndAnUnknownOneNotFound() throws Exception {
        decide();
        Checkpoint earlier = checkpointOfEverything();
        String decisionId = decide();
        checkpointOfEverything();
        auditor().queryParam("treeSize", earlier.size()).get("/api/v1/decisions/" + decisionId + "/receipt")
                .then().statusCode(409).contentType("application/problem+json");
        auditor().get("/api/v1/decisions/" + java.util.UUID.randomUUID() + "/receipt").then().statusCode(404);
    }

    @Test
    void aDecisionIsInASignedCheckpointWithinASecondOfItsAnswer() {
        var latencies = new long[20];
        for (int i = 0; i < latencies.length; i++) {
            String decisionId = decide();
            long answered = System.nanoTime();
            long deadline = answered + 5_000_000_000L;
            int status;
            do {
                status = auditor().get("/api/v1/decisions/" + decisionId + "/receipt").statusCode();
            } while (status == 409 && System.nanoTime() < deadline);
            assertThat(status).as("a receipt within 5 s").isEqualTo(200);
            latencies[i] = (System.nanoTime() - answered) / 1_000_000;
        }
        Arrays.sort(latencies);
        System.out.printf("decision answered -> in a signed checkpoint: median %d ms, max %d ms over %d%n",
                latencies[latencies.length / 2], latencies[latencies.length - 1], latencies.length);
        assertThat(latencies[latencies.length / 2]).as("median ms").isLessThan(1000);
    }

    @Test
    void theLeavesExportIsExactlyWhatTheCheckpointSigned() throws Exception {
        String decisionId = decide();
        Checkpoint checkpoint = checkpointOfEverything();
        String leaves = auditor().accept("application/x-ndjson").get("/api/v1/audit/leaves").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        assertThat(leaves.lines().count()).isEqualTo(checkpoint.size());
        assertThat(leaves.lines()).anySatisfy(line -> assertThat(line).contains("\"decisionId\":\"" + decisionId));
        ExportCheck.Result result = ExportCheck.verify(
                new ByteArrayInputStream(leaves.getBytes(StandardCharsets.UTF_8)), List.of(checkpoint));
        assertThat(result.valid()).as("%s", result.failure()).isTrue();
        assertThat(result.verifiedSize()).isEqualTo(checkpoint.size());

        String rewritten = leaves.replaceFirst("\"principal\":\"customs\"", "\"principal\":\"intruder\"");
        assertThat(ExportCheck.verify(new ByteArrayInputStream(rewritten.getBytes(StandardCharsets.UTF_8)),
                List.of(checkpoint)).valid()).isFalse();
    }

    /** The signed-note signature checked with the JDK alone: text up to the blank line, key hash, Ed25519. */
    private static boolean independentlySigned(String note, byte[] publicKey) throws Exception {
        int blank = note.indexOf("\n\n");
        byte[] text = note.substring(0, blank + 1).getBytes(StandardCharsets.UTF_8);
        String line = note.substring(blank + 2).lines().findFirst().orElseThrow();
        assertThat(line).startsWith("\u2014 credo.example/embedded/log ");
        byte[] signature = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1));
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(publicKey));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
        ed25519.update(text);
        return ed25519.verify(Arrays.copyOfRange(signature, 4, signature.length));
    }
}
