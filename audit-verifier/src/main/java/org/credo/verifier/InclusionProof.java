package org.credo.verifier;

import java.security.MessageDigest;
import java.util.List;

import org.credo.verifier.ProofException.Reason;

/** Verifies RFC 9162 §2.1.3 inclusion proofs: leaf {@code index} is in the tree of {@code treeSize} leaves. */
public final class InclusionProof {
    private InclusionProof() {
    }

    /**
     * The root the proof leads to from the leaf hash (RFC 9162 §2.1.3.2, steps 1-5 without the final comparison).
     *
     * @throws ProofException {@code WRONG_SIZE} for an index outside the tree, {@code WRONG_HASH_LENGTH} for a hash
     *                        that is not 32 bytes, {@code WRONG_PROOF_LENGTH} for too few or too many hashes
     */
    public static byte[] rootFromProof(long index, long treeSize, byte[] leafHash, List<byte[]> proof)
            throws ProofException {
        if (index < 0 || treeSize <= 0 || index >= treeSize) {
            throw new ProofException(Reason.WRONG_SIZE,
                    "leaf index " + index + " is outside a tree of " + treeSize + " leaves");
        }
        requireHashLength("leaf hash", leafHash);
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (int i = 0; i < proof.size(); i++) {
            byte[] p = proof.get(i);
            requireHashLength("inclusion proof hash " + i, p);
            if (sn == 0) {
                throw wrongLength(index, treeSize, proof.size());
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHash.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw wrongLength(index, treeSize, proof.size());
        }
        return r;
    }

    /**
     * Checks that the proof leads from the leaf hash to {@code root} (RFC 9162 §2.1.3.2).
     *
     * @throws ProofException as {@link #rootFromProof}, or {@code ROOT_MISMATCH}
     */
    public static void verify(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root)
            throws ProofException {
        byte[] computed = rootFromProof(index, treeSize, leafHash, proof);
        if (!MessageDigest.isEqual(computed, root)) {
            throw new ProofException(Reason.ROOT_MISMATCH, "the inclusion proof of leaf " + index
                    + " does not lead to the root of the tree of " + treeSize + " leaves");
        }
    }

    static void requireHashLength(String what, byte[] hash) throws ProofException {
        if (hash.length != MerkleHash.SIZE) {
            throw new ProofException(Reason.WRONG_HASH_LENGTH,
                    what + " has " + hash.length + " bytes, not " + MerkleHash.SIZE);
        }
    }

    private static ProofException wrongLength(long index, long treeSize, int got) {
        return new ProofException(Reason.WRONG_PROOF_LENGTH, "an inclusion proof of leaf " + index + " in a tree of "
                + treeSize + " leaves has " + expectedLength(index, treeSize) + " hashes, not " + got);
    }

    /** The number of hashes in PATH(index, D[treeSize]). */
    static int expectedLength(long index, long treeSize) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (treeSize - 1));
        return inner + Long.bitCount(index >>> inner);
    }
}
