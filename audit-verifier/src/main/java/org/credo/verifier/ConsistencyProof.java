package org.credo.verifier;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.credo.verifier.ProofException.Reason;

/**
 * Verifies RFC 9162 §2.1.4 consistency proofs: the tree of {@code size2} leaves extends the tree of {@code size1}
 * leaves, so nothing of the first was removed or rewritten. Edge cases follow transparency-dev/merkle: equal sizes
 * need an empty proof and equal roots; a proof from the empty tree is refused as meaningless.
 */
public final class ConsistencyProof {
    private ConsistencyProof() {
    }

    /**
     * Checks the proof against both roots (RFC 9162 §2.1.4.2).
     *
     * @throws ProofException {@code WRONG_SIZE} unless {@code 0 < size1 <= size2}, {@code WRONG_HASH_LENGTH},
     *                        {@code WRONG_PROOF_LENGTH}, or {@code ROOT_MISMATCH} naming which root did not match
     */
    public static void verify(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof)
            throws ProofException {
        if (size1 <= 0 || size2 < size1) {
            throw new ProofException(Reason.WRONG_SIZE, "no consistency proof leads from a tree of " + size1
                    + " leaves to one of " + size2 + " (the first must be non-empty and not larger)");
        }
        InclusionProof.requireHashLength("first root", root1);
        InclusionProof.requireHashLength("second root", root2);
        for (int i = 0; i < proof.size(); i++) {
            InclusionProof.requireHashLength("consistency proof hash " + i, proof.get(i));
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw wrongLength(size1, size2, proof.size());
            }
            if (!MessageDigest.isEqual(root1, root2)) {
                throw new ProofException(Reason.ROOT_MISMATCH,
                        "two trees of " + size1 + " leaves have different roots");
            }
            return;
        }
        if (proof.isEmpty()) {
            throw wrongLength(size1, size2, 0);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(size1) == 1) {
            path.add(0, root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw wrongLength(size1, size2, proof.size());
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.nodeHash(c, fr);
                sr = MerkleHash.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHash.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw wrongLength(size1, size2, proof.size());
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            throw new ProofException(Reason.ROOT_MISMATCH, "the consistency proof does not lead to the root of the "
                    + "tree of " + size1 + " leaves: the tree of " + size2 + " does not extend it, or the proof is "
                    + "wrong");
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            throw new ProofException(Reason.ROOT_MISMATCH, "the consistency proof does not lead from the root of the "
                    + "tree of " + size1 + " leaves to the root of the tree of " + size2 + ": the tree of " + size2
                    + " does not extend the tree of " + size1 + ", or the proof is wrong");
        }
    }

    private static ProofException wrongLength(long size1, long size2, int got) {
        return new ProofException(Reason.WRONG_PROOF_LENGTH, "a consistency proof from " + size1 + " to " + size2
                + " leaves cannot have " + got + " hashes");
    }
}
