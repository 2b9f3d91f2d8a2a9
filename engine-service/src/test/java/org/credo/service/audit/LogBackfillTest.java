package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.credo.service.audit.log.CheckpointIssuer;
import org.credo.service.audit.log.LogHead;
import org.credo.service.audit.log.LogStore;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.auditor;
import static org.credo.service.audit.VerifiableLogTest.decide;
import static org.hamcrest.Matchers.equalTo;

/** Records stored before the Merkle log existed are put into the tree at start-up, and then prove like any other. */
@QuarkusTest
class LogBackfillTest {
    @Inject
    LogBackfill backfill;

    @Inject
    LogStore log;

    @Inject
    CheckpointIssuer issuer;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void recordsTheTreeDoesNotHoldArePutIntoItInSequenceOrderAndProveLikeAnyOther() throws Exception {
        decide();
        LogHead before = log.head();
        String first = decide();
        decide();
        String last = decide();
        LogHead after = log.head();
        forgetLeavesFrom(before);
        assertThat(log.head().treeSize()).isEqualTo(before.treeSize());

        assertThat(backfill.run()).isEqualTo(3);
        assertThat(log.head()).isEqualTo(after);
        assertThat(backfill.run()).as("nothing left to put in").isZero();

        issuer.issue();
        auditor().get("/api/v1/decisions/" + first + "/receipt").then().statusCode(200);
        auditor().get("/api/v1/decisions/" + last + "/receipt").then().statusCode(200);
        auditor().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    /** Puts the log back to an earlier head, as if the records after it had been stored without the tree. */
    private void forgetLeavesFrom(LogHead head) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM log_node WHERE level = ? AND idx >= ?")) {
                for (int level = 0; level < 63; level++) {
                    delete.setInt(1, level);
                    delete.setLong(2, head.treeSize() >>> level);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE log_head SET tree_size = ?, chain_hash = ?, frontier = ? WHERE id = 1")) {
                update.setLong(1, head.treeSize());
                update.setString(2, head.chainHash());
                update.setBytes(3, head.frontier().encoded());
                update.executeUpdate();
            }
        }
    }
}
