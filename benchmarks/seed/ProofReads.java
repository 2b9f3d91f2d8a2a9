import org.credo.verifier.ProofGenerator;
import org.credo.verifier.RangeHashes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Times the database reads of inclusion and consistency proofs in a tree of 1,000,000 leaves, two ways, interleaved:
 * one primary-key read per complete subtree (as the service read them before), and one planned
 * {@code (level, idx) IN (...)} query (as {@code LogProofs} reads them now). Run by proof-reads.sh, which fills the
 * table {@code proof_bench_node} with the subtree hashes of 2^20 leaves; arguments: JDBC URL, samples.
 */
public class ProofReads {
    private static final long SIZE = 1_000_000;
    private static final int WARM_UP = 50;

    public static void main(String[] args) throws SQLException {
        int samples = Integer.parseInt(args[1]);
        var random = new Random(42);
        var timings = new ArrayList<List<Double>>();
        for (int i = 0; i < 4; i++) {
            timings.add(new ArrayList<>());
        }
        try (Connection c = DriverManager.getConnection(args[0], "credo", "credo")) {
            for (int i = 0; i < samples + WARM_UP; i++) {
                long leaf = (long) (random.nextDouble() * SIZE);
                long from = 1 + (long) (random.nextDouble() * (SIZE - 1));
                Function<RangeHashes, List<byte[]>> inclusion = h -> ProofGenerator.inclusion(leaf, SIZE, h);
                Function<RangeHashes, List<byte[]>> consistency = h -> ProofGenerator.consistency(from, SIZE, h);
                double[] ms = {time(() -> inclusion.apply(pointReads(c))), time(() -> planned(c, inclusion)),
                    time(() -> consistency.apply(pointReads(c))), time(() -> planned(c, consistency))};
                for (int k = 0; i >= WARM_UP && k < ms.length; k++) {
                    timings.get(k).add(ms[k]);
                }
            }
        }
        String[] names = {"inclusion, a read per subtree", "inclusion, one planned query",
            "consistency, a read per subtree", "consistency, one planned query"};
        for (int k = 0; k < names.length; k++) {
            List<Double> ms = timings.get(k);
            Collections.sort(ms);
            System.out.printf("%-32s n=%d  p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", names[k], ms.size(),
                    ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1));
        }
    }

    private interface Read {
        Object run() throws SQLException;
    }

    private static double time(Read read) {
        long start = System.nanoTime();
        try {
            read.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static List<Long> address(long start, long end) {
        int level = Long.numberOfTrailingZeros(end - start);
        return List.of((long) level, start >>> level);
    }

    private static RangeHashes pointReads(Connection c) {
        return (start, end) -> {
            List<Long> node = address(start, end);
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT hash FROM proof_bench_node WHERE level = ? AND idx = ?")) {
                q.setInt(1, node.get(0).intValue());
                q.setLong(2, node.get(1));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static <T> T planned(Connection c, Function<RangeHashes, T> proof) throws SQLException {
        var wanted = new LinkedHashSet<List<Long>>();
        proof.apply((start, end) -> {
            wanted.add(address(start, end));
            return new byte[32];
        });
        var found = new HashMap<List<Long>, byte[]>();
        try (PreparedStatement q = c.prepareStatement("SELECT level, idx, hash FROM proof_bench_node WHERE (level, idx)"
                + " IN (" + String.join(", ", Collections.nCopies(wanted.size(), "(?, ?)")) + ")")) {
            int parameter = 1;
            for (List<Long> node : wanted) {
                q.setInt(parameter++, node.get(0).intValue());
                q.setLong(parameter++, node.get(1));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(List.of((long) rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                }
            }
        }
        return proof.apply((start, end) -> found.get(address(start, end)));
    }
}
