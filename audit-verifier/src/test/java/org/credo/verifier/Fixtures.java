package org.credo.verifier;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Credo vectors under src/test/resources/vectors/credo, written by src/test/vectors/generate_credo_vectors.py
 * with Python's hashlib and cryptography (an implementation independent of this module), and a Java signer of its
 * own for the tests that need checkpoints the Python script did not write.
 */
final class Fixtures {
    static final String ORIGIN = "credo.example/decisions";

    private Fixtures() {
    }

    static String credo(String name) {
        return Vectors.resource("credo/" + name);
    }

    /** The vector's path on disk, for the command line. */
    static String credoPath(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/vectors/credo/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LogKey logKey() {
        return LogKey.parse(credo("log-key.txt"));
    }

    /** The 21 decision records of decisions-21.ndjson, one leaf each. */
    static List<byte[]> leaves() {
        List<byte[]> leaves = new ArrayList<>();
        for (String line : credo("decisions-21.ndjson").split("\n")) {
            leaves.add(line.getBytes(StandardCharsets.UTF_8));
        }
        return leaves;
    }

    static List<byte[]> leafHashes(List<byte[]> leaves) {
        List<byte[]> hashes = new ArrayList<>();
        leaves.forEach(leaf -> hashes.add(MerkleHash.leafHash(leaf)));
        return hashes;
    }

    /** A signer with a key of its own (not the Python vectors' log key). */
    static NoteSigner javaSigner() {
        byte[] seed = MerkleHash.sha256().digest("credo audit-verifier java test key".getBytes(StandardCharsets.UTF_8));
        return NoteSigner.fromSeed(ORIGIN, Arrays.copyOf(seed, 32));
    }

    /** The checkpoint of the first {@code size} of {@code leaves}. */
    static Checkpoint checkpointOf(List<byte[]> leaves, int size) {
        return new Checkpoint(ORIGIN, size, MerkleHash.rootOf(leafHashes(leaves.subList(0, size))));
    }
}
