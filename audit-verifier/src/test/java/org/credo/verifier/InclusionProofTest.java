package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credo.verifier.ProofException.Reason;
import org.junit.jupiter.api.Test;

class InclusionProofTest {
    private static final int SIZE = 13;
    private static final List<byte[]> LEAVES = Vectors.leafHashes(SIZE);
    private static final byte[] ROOT = MerkleHash.rootOf(LEAVES);

    @Test
    void everyTransparencyDevVectorIsJudgedAsUpstreamJudgesIt() throws ProofException {
        List<Map<String, Object>> vectors = Vectors.lines("transparency-dev-inclusion.ndjson");
        assertThat(vectors).hasSize(98);
        for (Map<String, Object> v : vectors) {
            boolean wantErr = (Boolean) v.get("wantErr");
            var verification = assertThatCode(() -> InclusionProof.verify(Vectors.signedLong(v, "leafIdx"),
                    Vectors.signedLong(v, "treeSize"), Vectors.b64(v, "leafHash"), Vectors.b64s(v, "proof"),
                    Vectors.b64(v, "root"))).as(JsonReader.string(v, "source"));
            if (wantErr) {
                verification.isInstanceOf(ProofException.class);
            } else {
                verification.doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aGeneratedProofVerifiesForEveryLeaf() throws ProofException {
        for (int index = 0; index < SIZE; index++) {
            InclusionProof.verify(index, SIZE, LEAVES.get(index), proof(index), ROOT);
        }
    }

    @Test
    void everyBitOfEveryProofHashMatters() {
        for (int index = 0; index < SIZE; index++) {
            List<byte[]> proof = proof(index);
            for (int element = 0; element < proof.size(); element++) {
                for (int bit = 0; bit < 256; bit += 37) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(element, Vectors.flipBit(proof.get(element), bit));
                    assertReason(index, SIZE, LEAVES.get(index), tampered, ROOT, Reason.ROOT_MISMATCH);
                }
            }
        }
    }

    @Test
    void aProofDoesNotBindTheTreeSizeSoTheSignedCheckpointMust() throws ProofException {
        // leaf 4's path in 13 leaves (5, [6,8), [0,4), [8,13)) has the shape of its path in 16: the size a proof is
        // checked for must come from the signed checkpoint, as Receipt.verify does
        InclusionProof.verify(4, 16, LEAVES.get(4), proof(4), ROOT);
    }

    @Test
    void aProofForOneLeafDoesNotProveItsNeighbour() {
        assertReason(4, SIZE, LEAVES.get(5), proof(4), ROOT, Reason.ROOT_MISMATCH);
        assertReason(5, SIZE, LEAVES.get(4), proof(4), ROOT, Reason.ROOT_MISMATCH);
    }

    @Test
    void aTreeSizeThatChangesThePathIsRefused() {
        assertReason(4, 6, LEAVES.get(4), proof(4), ROOT, Reason.WRONG_PROOF_LENGTH);
        assertReason(12, 14, LEAVES.get(12), proof(12), ROOT, Reason.WRONG_PROOF_LENGTH);
        assertReason(4, 4, LEAVES.get(4), proof(4), ROOT, Reason.WRONG_SIZE);
        assertReason(-1, SIZE, LEAVES.get(4), proof(4), ROOT, Reason.WRONG_SIZE);
    }

    @Test
    void aTruncatedOrExtendedProofIsRefusedForItsLength() {
        List<byte[]> proof = proof(6);
        assertReason(6, SIZE, LEAVES.get(6), proof.subList(0, proof.size() - 1), ROOT, Reason.WRONG_PROOF_LENGTH);
        List<byte[]> extended = new ArrayList<>(proof);
        extended.add(ROOT);
        assertReason(6, SIZE, LEAVES.get(6), extended, ROOT, Reason.WRONG_PROOF_LENGTH);
        List<byte[]> prefixed = new ArrayList<>(proof);
        prefixed.add(0, LEAVES.get(6));
        assertReason(6, SIZE, LEAVES.get(6), prefixed, ROOT, Reason.WRONG_PROOF_LENGTH);
    }

    @Test
    void aHashOfTheWrongLengthIsNamed() {
        List<byte[]> proof = new ArrayList<>(proof(2));
        proof.set(1, new byte[31]);
        assertReason(2, SIZE, LEAVES.get(2), proof, ROOT, Reason.WRONG_HASH_LENGTH);
    }

    private static List<byte[]> proof(int index) {
        return ProofGenerator.inclusion(index, SIZE, Vectors.completeSubtrees(LEAVES));
    }

    private static void assertReason(long index, long size, byte[] leaf, List<byte[]> proof, byte[] root,
                                     Reason reason) {
        assertThatThrownBy(() -> InclusionProof.verify(index, size, leaf, proof, root))
                .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
