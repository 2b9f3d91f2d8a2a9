package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credo.verifier.ProofException.Reason;
import org.junit.jupiter.api.Test;

class ConsistencyProofTest {
    private static final List<byte[]> LEAVES = Vectors.leafHashes(21);

    /** Upstream accepts two equal 12-byte "roots" at equal sizes; a root here is always 32 bytes. */
    private static final String STRICTER_THAN_UPSTREAM =
            "testdata/consistency/additional/sizes-are-equal-one-and-proof-is-empty.json";

    @Test
    void everyTransparencyDevVectorIsJudgedAsUpstreamJudgesItButRootsMustBeHashes() throws ProofException {
        List<Map<String, Object>> vectors = Vectors.lines("transparency-dev-consistency.ndjson");
        assertThat(vectors).hasSize(98);
        for (Map<String, Object> v : vectors) {
            boolean wantErr = (Boolean) v.get("wantErr")
                    || JsonReader.string(v, "source").equals(STRICTER_THAN_UPSTREAM);
            var verification = assertThatCode(() -> ConsistencyProof.verify(Vectors.signedLong(v, "size1"),
                    Vectors.signedLong(v, "size2"), Vectors.b64(v, "root1"), Vectors.b64(v, "root2"),
                    Vectors.b64s(v, "proof"))).as(JsonReader.string(v, "source"));
            if (wantErr) {
                verification.isInstanceOf(ProofException.class);
            } else {
                verification.doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyBitOfEveryProofHashMatters() {
        int size1 = 6;
        int size2 = 21;
        List<byte[]> proof = proof(size1, size2);
        for (int element = 0; element < proof.size(); element++) {
            for (int bit = 0; bit < 256; bit += 29) {
                List<byte[]> tampered = new ArrayList<>(proof);
                tampered.set(element, Vectors.flipBit(proof.get(element), bit));
                assertReason(size1, size2, root(size1), root(size2), tampered, Reason.ROOT_MISMATCH);
            }
        }
    }

    @Test
    void aRewrittenRecordInTheOldTreeIsDetected() {
        List<byte[]> rewritten = new ArrayList<>(LEAVES);
        rewritten.set(3, MerkleHash.leafHash("forged".getBytes()));
        byte[] forgedRoot2 = MerkleHash.rootOf(rewritten);
        assertReason(6, 21, root(6), forgedRoot2, proof(6, 21), Reason.ROOT_MISMATCH);
        List<byte[]> forgedProof = ProofGenerator.consistency(6, 21, Vectors.completeSubtrees(rewritten));
        assertReason(6, 21, root(6), forgedRoot2, forgedProof, Reason.ROOT_MISMATCH);
    }

    @Test
    void aTruncatedLogCannotProveItExtendsTheOldTree() {
        assertReason(13, 9, root(13), root(9), List.of(), Reason.WRONG_SIZE);
    }

    @Test
    void wrongSizesTruncatedAndExtendedProofsAreRefused() {
        List<byte[]> proof = proof(6, 21);
        assertReason(7, 21, root(6), root(21), proof, Reason.WRONG_PROOF_LENGTH);
        assertReason(6, 40, root(6), root(21), proof, Reason.WRONG_PROOF_LENGTH);
        assertReason(6, 21, root(6), root(21), proof.subList(0, proof.size() - 1), Reason.WRONG_PROOF_LENGTH);
        List<byte[]> extended = new ArrayList<>(proof);
        extended.add(root(21));
        assertReason(6, 21, root(6), root(21), extended, Reason.WRONG_PROOF_LENGTH);
        assertReason(6, 21, root(6), root(21), List.of(), Reason.WRONG_PROOF_LENGTH);
        assertReason(0, 21, MerkleHash.emptyRoot(), root(21), List.of(), Reason.WRONG_SIZE);
    }

    @Test
    void equalSizesNeedEqualRootsAndNoProof() throws ProofException {
        ConsistencyProof.verify(9, 9, root(9), root(9), List.of());
        assertReason(9, 9, root(9), root(8), List.of(), Reason.ROOT_MISMATCH);
        assertReason(9, 9, root(9), root(9), List.of(root(9)), Reason.WRONG_PROOF_LENGTH);
    }

    private static byte[] root(int size) {
        return MerkleHash.rootOf(LEAVES.subList(0, size));
    }

    private static List<byte[]> proof(int size1, int size2) {
        return ProofGenerator.consistency(size1, size2, Vectors.completeSubtrees(LEAVES.subList(0, size2)));
    }

    private static void assertReason(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof,
                                     Reason reason) {
        assertThatThrownBy(() -> ConsistencyProof.verify(size1, size2, root1, root2, proof))
                .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
