package org.credo.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds RFC 9162 §2.1.3.1 inclusion proofs (PATH) and §2.1.4.1 consistency proofs (PROOF) and tree roots from the
 * hashes of complete subtrees, so that the service and the verifier share one tested implementation. Pure: each
 * call asks {@link RangeHashes} for O(log n) complete subtrees and nothing else.
 */
public final class ProofGenerator {
    private ProofGenerator() {
    }

    /** MTH(D[treeSize]), the root of the first {@code treeSize} leaves (the empty root for 0). */
    public static byte[] root(long treeSize, RangeHashes hashes) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size " + treeSize + " is negative");
        }
        return treeSize == 0 ? MerkleHash.emptyRoot() : rangeHash(0, treeSize, hashes);
    }

    /**
     * PATH(index, D[treeSize]): the audit path of leaf {@code index}, from the leaf's sibling up to the root.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < treeSize}
     */
    public static List<byte[]> inclusion(long index, long treeSize, RangeHashes hashes) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " is outside a tree of " + treeSize);
        }
        List<byte[]> proof = new ArrayList<>(InclusionProof.expectedLength(index, treeSize));
        path(index, 0, treeSize, hashes, proof);
        return proof;
    }

    /**
     * PROOF(size1, D[size2]): the hashes that show the tree of {@code size2} leaves extends the tree of
     * {@code size1} leaves; empty when the sizes are equal.
     *
     * @throws IllegalArgumentException unless {@code 0 < size1 <= size2}
     */
    public static List<byte[]> consistency(long size1, long size2, RangeHashes hashes) {
        if (size1 <= 0 || size2 < size1) {
            throw new IllegalArgumentException("no consistency proof from " + size1 + " to " + size2 + " leaves");
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(size1, 0, size2, true, hashes, proof);
        return proof;
    }

    private static void path(long index, long start, long end, RangeHashes hashes, List<byte[]> proof) {
        if (end - start == 1) {
            return;
        }
        long k = MerkleHash.splitPoint(end - start);
        if (index - start < k) {
            path(index, start, start + k, hashes, proof);
            proof.add(rangeHash(start + k, end, hashes));
        } else {
            path(index, start + k, end, hashes, proof);
            proof.add(rangeHash(start, start + k, hashes));
        }
    }

    /** SUBPROOF(m, D[start:end], startsComplete), RFC 9162 §2.1.4.1, with m counted from {@code start}. */
    private static void subproof(long m, long start, long end, boolean startsComplete, RangeHashes hashes,
                                 List<byte[]> proof) {
        if (m == end - start) {
            if (!startsComplete) {
                proof.add(rangeHash(start, end, hashes));
            }
            return;
        }
        long k = MerkleHash.splitPoint(end - start);
        if (m <= k) {
            subproof(m, start, start + k, startsComplete, hashes, proof);
            proof.add(rangeHash(start + k, end, hashes));
        } else {
            subproof(m - k, start + k, end, false, hashes, proof);
            proof.add(rangeHash(start, start + k, hashes));
        }
    }

    /** MTH(D[start:end]) for a node of the tree, composed from its complete subtrees. */
    private static byte[] rangeHash(long start, long end, RangeHashes hashes) {
        long n = end - start;
        if (Long.bitCount(n) == 1) {
            return hashes.hashOf(start, end);
        }
        long k = MerkleHash.splitPoint(n);
        return MerkleHash.nodeHash(rangeHash(start, start + k, hashes), rangeHash(start + k, end, hashes));
    }
}
