package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.credo.service.audit.log.CheckpointIssuer;
import org.credo.service.audit.log.Frontier;
import org.credo.service.audit.log.LogHead;
import org.credo.service.audit.log.LogLeaf;
import org.credo.service.audit.log.LogNode;
import org.credo.service.audit.log.LogStore;
import org.credo.verifier.MerkleHash;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.credo.service.Api.auditor;
import static org.credo.service.audit.VerifiableLogTest.decide;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The database holder rewrites history; an auditor who kept an earlier checkpoint finds out, and learns which record
 * failed first. Each tamper is undone afterwards (the test database is shared by the suite).
 */
@QuarkusTest
class LogTamperTest {
    @Inject
    CheckpointIssuer issuer;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditStore store;

    @Inject
    LogStore log;

    /** The latest signed checkpoint, issued over everything stored: what the auditor keeps. */
    private String auditorsCheckpoint() {
        issuer.issue();
        return auditor().accept("text/plain").get("/api/v1/audit/checkpoint").then().statusCode(200).extract()
                .asString();
    }

    private static io.restassured.response.ValidatableResponse verifyAgainst(String checkpoint) {
        return auditor().contentType("text/plain; charset=UTF-8").body(checkpoint).post("/api/v1/audit/verify")
                .then().statusCode(200);
    }

    @Test
    void anUntouchedLogExtendsTheAuditorsCheckpoint() {
        decide();
        String checkpoint = auditorsCheckpoint();
        decide();
        verifyAgainst(checkpoint).body("valid", equalTo(true)).body("firstInvalidDecisionId", nullValue());
        String[] lines = checkpoint.split("\n");
        auditor().queryParam("treeSize", lines[1]).queryParam("rootHash", lines[2]).get("/api/v1/audit/verify")
                .then().statusCode(200).body("valid", equalTo(true))
                .body("checkpointSize", equalTo(Integer.parseInt(lines[1])));
    }

    @Test
    void deletedTailRecordsAreRefusedNamingTheFirstMissingSequence() throws Exception {
        decide();
        decide();
        decide();
        String checkpoint = auditorsCheckpoint();
        long size = Long.parseLong(checkpoint.split("\n")[1]);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tamper_tail AS SELECT * FROM decision_record WHERE sequence > " + (size - 3));
            s.execute("DELETE FROM decision_record WHERE sequence > " + (size - 3));
        }
        try {
            verifyAgainst(checkpoint).body("valid", equalTo(false))
                    .body("firstInvalidSequence", equalTo((int) size - 2))
                    .body("reason", containsString("missing"));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO decision_record SELECT * FROM tamper_tail");
                s.execute("DROP TABLE tamper_tail");
            }
        }
        verifyAgainst(checkpoint).body("valid", equalTo(true));
    }

    @Test
    void aForgedRecordWithEveryLaterChainHashRecomputedIsRefusedNamingItself() throws Exception {
        String forgedId = decide();
        decide();
        decide();
        String checkpoint = auditorsCheckpoint();
        List<Link> original = linksFrom(forgedId);
        try {
            forgeAndRechain(original);
            verifyAgainst(checkpoint).body("valid", equalTo(false))
                    .body("firstInvalidDecisionId", equalTo(forgedId))
                    .body("firstInvalidSequence", equalTo((int) original.get(0).sequence()));
            auditor().get("/api/v1/audit/verify").then().body("valid", equalTo(false))
                    .body("firstInvalidDecisionId", equalTo(forgedId));
        } finally {
            restore(original);
        }
        verifyAgainst(checkpoint).body("valid", equalTo(true));
    }

    @Test
    void aForgedSubtreeHashIsRefusedNamingTheFirstRecordItCovers() throws Exception {
        decide();
        decide();
        String checkpoint = auditorsCheckpoint();
        long size = Long.parseLong(checkpoint.split("\n")[1]);
        long index = (size - 1) / 2 - 1;
        byte[] kept = node(1, index);
        String firstCovered = decisionAt(2 * index + 1);
        setNode(1, index, new byte[32]);
        try {
            verifyAgainst(checkpoint).body("valid", equalTo(false))
                    .body("firstInvalidDecisionId", equalTo(firstCovered))
                    .body("firstInvalidSequence", equalTo((int) (2 * index + 1)))
                    .body("reason", containsString("stored hash"));
        } finally {
            setNode(1, index, kept);
        }
        verifyAgainst(checkpoint).body("valid", equalTo(true));
    }

    @Test
    void aRecordRewrittenWithItsWholeTreeIsRefusedAndNamedByTheCheckpointsTheLogSigned() throws Exception {
        decide();
        auditorsCheckpoint();
        String forgedId = decide();
        auditorsCheckpoint();
        decide();
        String checkpoint = auditorsCheckpoint();
        List<Link> original = linksFrom(forgedId);
        LogHead head = log.head();
        var replaced = new ArrayList<LogNode>();
        try {
            forgeAndRechain(original);
            rebuildTree(head.treeSize(), replaced);
            verifyAgainst(checkpoint).body("valid", equalTo(false))
                    .body("firstInvalidDecisionId", equalTo(forgedId))
                    .body("reason", containsString("rewritten together"));
        } finally {
            restore(original);
            for (LogNode node : replaced) {
                setNode(node.level(), node.index(), node.hash());
            }
            setHead(head);
        }
        verifyAgainst(checkpoint).body("valid", equalTo(true));
    }

    /** Recomputes every subtree hash and the head from the stored records, as a forger would; keeps the old ones. */
    private void rebuildTree(long size, List<LogNode> replaced) throws SQLException {
        var frontier = new Frontier[] {Frontier.EMPTY};
        var rebuilt = new ArrayList<LogNode>();
        store.first(size, record -> {
            frontier[0] = frontier[0].append(MerkleHash.leafHash(LogLeaf.of(record)), rebuilt::add);
            return true;
        });
        for (LogNode node : rebuilt) {
            byte[] kept = node(node.level(), node.index());
            if (!Arrays.equals(kept, node.hash())) {
                replaced.add(new LogNode(node.level(), node.index(), kept));
                setNode(node.level(), node.index(), node.hash());
            }
        }
        setHead(new LogHead(log.head().chainHash(), frontier[0]));
    }

    private void setHead(LogHead head) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement(
                "UPDATE log_head SET tree_size = ?, chain_hash = ?, frontier = ? WHERE id = 1")) {
            u.setLong(1, head.treeSize());
            u.setString(2, head.chainHash());
            u.setBytes(3, head.frontier().encoded());
            u.executeUpdate();
        }
    }

    @Test
    void aCheckpointNotSignedByTheLogKeyIsBadInput() {
        decide();
        String checkpoint = auditorsCheckpoint();
        String[] lines = checkpoint.split("\n");
        String otherSize = checkpoint.replaceFirst("\n" + lines[1] + "\n", "\n" + (Long.parseLong(lines[1]) + 1)
                + "\n");
        auditor().contentType("text/plain; charset=UTF-8").body(otherSize).post("/api/v1/audit/verify").then()
                .statusCode(400).body("violations[0].field", equalTo("checkpoint"));
        auditor().queryParam("treeSize", lines[1]).queryParam("rootHash", "AAAA").get("/api/v1/audit/verify")
                .then().statusCode(400).body("violations[0].field", equalTo("rootHash"));
    }

    private record Link(long sequence, String decisionId, String content, String previousHash, String hash) {
    }

    private List<Link> linksFrom(String decisionId) throws SQLException {
        var links = new ArrayList<Link>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT sequence, decision_id, content, previous_hash, hash FROM decision_record WHERE sequence >= "
                        + "(SELECT sequence FROM decision_record WHERE decision_id = ?) ORDER BY sequence")) {
            q.setString(1, decisionId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    links.add(new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return links;
    }

    /** Flips the first record's selection and recomputes its chain hash and every later one, as a forger would. */
    private void forgeAndRechain(List<Link> links) throws SQLException {
        Link first = links.get(0);
        String forged = first.content().contains("\"selected\":true")
                ? first.content().replace("\"selected\":true", "\"selected\":false")
                : first.content().replace("\"selected\":false", "\"selected\":true");
        String previous = first.previousHash();
        for (Link link : links) {
            String content = link == first ? forged : link.content();
            AuditRecord record = store.byId(link.decisionId()).orElseThrow();
            String hash = ChainHash.of(link.sequence(), previous, record.canonicalBody(content));
            update(link.sequence(), content, previous, hash);
            previous = hash;
        }
    }

    private void restore(List<Link> links) throws SQLException {
        for (Link link : links) {
            update(link.sequence(), link.content(), link.previousHash(), link.hash());
        }
    }

    private void update(long sequence, String content, String previousHash, String hash) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement(
                "UPDATE decision_record SET content = ?, previous_hash = ?, hash = ? WHERE sequence = ?")) {
            u.setString(1, content);
            u.setString(2, previousHash);
            u.setString(3, hash);
            u.setLong(4, sequence);
            u.executeUpdate();
        }
    }

    private String decisionAt(long sequence) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT decision_id FROM decision_record WHERE sequence = ?")) {
            q.setLong(1, sequence);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private byte[] node(int level, long index) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT hash FROM log_node WHERE level = ? AND idx = ?")) {
            q.setInt(1, level);
            q.setLong(2, index);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private void setNode(int level, long index, byte[] hash) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement(
                "UPDATE log_node SET hash = ? WHERE level = ? AND idx = ?")) {
            u.setBytes(1, hash);
            u.setInt(2, level);
            u.setLong(3, index);
            u.executeUpdate();
        }
    }
}
