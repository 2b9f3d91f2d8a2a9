package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.credo.service.audit.log.LogProofs;
import org.credo.service.audit.log.LogStore;
import org.credo.verifier.ProofGenerator;
import org.credo.verifier.RangeHashes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credo.service.audit.VerifiableLogTest.decide;

/**
 * Proofs read the stored subtrees they need in one query, and are the very proofs that one point read per subtree
 * (the way they were read before) gives, for every leaf and every pair of sizes of a small tree.
 */
@QuarkusTest
class ProofReadsTest {
    private static final int SMALL = 40;

    @Inject
    LogProofs proofs;

    @Inject
    LogStore log;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void aTreeOfAtLeastFortyLeaves() {
        while (log.head().treeSize() < SMALL) {
            decide();
        }
    }

    @Test
    void everyInclusionProofOfTheFirstFortySizesIsThePointReadProofFromOneQuery() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            var statements = new AtomicInteger();
            Connection counted = counting(connection, statements);
            for (long size = 1; size <= SMALL; size++) {
                for (long index = 0; index < size; index++) {
                    long i = index;
                    long n = size;
                    int before = statements.get();
                    List<byte[]> batched = proofs.inclusion(counted, i, n);
                    assertThat(statements.get() - before).as("statements for leaf %d of %d", i, n)
                            .isEqualTo(n == 1 ? 0 : 1);
                    assertThat(batched).as("leaf %d of %d", i, n).containsExactlyElementsOf(
                            ProofGenerator.inclusion(i, n, pointReads(connection)));
                }
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenTheFirstFortySizesIsThePointReadProofFromOneQuery() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            var statements = new AtomicInteger();
            Connection counted = counting(connection, statements);
            for (long to = 1; to <= SMALL; to++) {
                for (long from = 1; from <= to; from++) {
                    long m = from;
                    long n = to;
                    int before = statements.get();
                    List<byte[]> batched = proofs.consistency(counted, m, n);
                    assertThat(statements.get() - before).as("statements from %d to %d", m, n)
                            .isEqualTo(m == n ? 0 : 1);
                    assertThat(batched).as("from %d to %d", m, n).containsExactlyElementsOf(
                            ProofGenerator.consistency(m, n, pointReads(connection)));
                }
            }
        }
    }

    @Test
    void proofsInTheWholeStoredTreeAreThePointReadProofs() throws SQLException {
        long size = log.head().treeSize();
        try (Connection connection = dataSource.getConnection()) {
            for (long index : new long[] {0, size / 3, size / 2, size - 1}) {
                assertThat(proofs.inclusion(index, size)).as("leaf %d of %d", index, size)
                        .containsExactlyElementsOf(ProofGenerator.inclusion(index, size, pointReads(connection)));
            }
            for (long from = 1; from <= SMALL; from++) {
                assertThat(proofs.consistency(from, size)).as("from %d to %d", from, size)
                        .containsExactlyElementsOf(ProofGenerator.consistency(from, size, pointReads(connection)));
            }
            assertThat(proofs.root(size)).isEqualTo(ProofGenerator.root(size, pointReads(connection)));
        }
    }

    @Test
    void aProofBeyondTheStoredTreeIsRefusedNotBuiltFromMissingHashes() {
        long size = log.head().treeSize();
        assertThatThrownBy(() -> proofs.consistency(1, size + 1)).isInstanceOf(AuditStoreException.class)
                .rootCause().isInstanceOf(SQLException.class).hasMessageStartingWith("log_node has no hash at level");
    }

    /** One primary-key read per subtree: how proofs were read before they were planned. */
    private static RangeHashes pointReads(Connection connection) {
        return (start, end) -> {
            int level = Long.numberOfTrailingZeros(end - start);
            try (PreparedStatement q = connection.prepareStatement(
                    "SELECT hash FROM log_node WHERE level = ? AND idx = ?")) {
                q.setInt(1, level);
                q.setLong(2, start >>> level);
                try (ResultSet rs = q.executeQuery()) {
                    assertThat(rs.next()).as("subtree [%d, %d) is stored", start, end).isTrue();
                    return rs.getBytes(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The connection, counting the statements prepared or created on it. */
    private static Connection counting(Connection connection, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
