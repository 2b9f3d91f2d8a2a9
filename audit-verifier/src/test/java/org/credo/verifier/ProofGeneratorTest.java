package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProofGeneratorTest {
    private static final int MAX = 70;
    private static final List<byte[]> LEAVES = Vectors.leafHashes(MAX);

    @Test
    void inclusionProofsOfTheReferenceTreeAreTransparencyDevsHappyPaths() throws ProofException {
        List<byte[]> reference = new ArrayList<>();
        Vectors.REFERENCE_LEAVES.forEach(leaf -> reference.add(MerkleHash.leafHash(leaf)));
        int checked = 0;
        for (Map<String, Object> v : Vectors.lines("transparency-dev-inclusion.ndjson")) {
            long size = Vectors.signedLong(v, "treeSize");
            if (JsonReader.string(v, "desc").equals("happy path") && size > 1 && size <= 8) {
                List<byte[]> proof = ProofGenerator.inclusion(Vectors.signedLong(v, "leafIdx"), size,
                        Vectors.completeSubtrees(reference.subList(0, (int) size)));
                assertThat(proof).as(JsonReader.string(v, "source"))
                        .containsExactlyElementsOf(Vectors.b64s(v, "proof"));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void consistencyProofsOfTheReferenceTreeAreTransparencyDevsHappyPaths() throws ProofException {
        List<byte[]> reference = new ArrayList<>();
        Vectors.REFERENCE_LEAVES.forEach(leaf -> reference.add(MerkleHash.leafHash(leaf)));
        int checked = 0;
        for (Map<String, Object> v : Vectors.lines("transparency-dev-consistency.ndjson")) {
            long size1 = Vectors.signedLong(v, "size1");
            long size2 = Vectors.signedLong(v, "size2");
            if (JsonReader.string(v, "desc").equals("happy path") && size1 > 0 && size2 <= 8) {
                List<byte[]> proof = ProofGenerator.consistency(size1, size2,
                        Vectors.completeSubtrees(reference.subList(0, (int) size2)));
                assertThat(proof).as(JsonReader.string(v, "source"))
                        .containsExactlyElementsOf(Vectors.b64s(v, "proof"));
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void everyInclusionProofOfEveryTreeUpToSeventyLeavesVerifies() throws ProofException {
        for (int size = 1; size <= MAX; size++) {
            List<byte[]> leaves = LEAVES.subList(0, size);
            byte[] root = MerkleHash.rootOf(leaves);
            RangeHashes hashes = Vectors.completeSubtrees(leaves);
            assertThat(ProofGenerator.root(size, hashes)).isEqualTo(root);
            for (int index = 0; index < size; index++) {
                InclusionProof.verify(index, size, leaves.get(index), ProofGenerator.inclusion(index, size, hashes),
                        root);
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenTreesUpToSeventyLeavesVerifies() throws ProofException {
        for (int size2 = 1; size2 <= MAX; size2++) {
            RangeHashes hashes = Vectors.completeSubtrees(LEAVES.subList(0, size2));
            byte[] root2 = MerkleHash.rootOf(LEAVES.subList(0, size2));
            for (int size1 = 1; size1 <= size2; size1++) {
                ConsistencyProof.verify(size1, size2, MerkleHash.rootOf(LEAVES.subList(0, size1)), root2,
                        ProofGenerator.consistency(size1, size2, hashes));
            }
        }
    }

    @Test
    void aProofAsksForAtMostTwoSubtreesPerLevelOfTheTree() {
        for (int size = 2; size <= MAX; size++) {
            int levels = 64 - Long.numberOfLeadingZeros(size - 1);
            RangeHashes hashes = Vectors.completeSubtrees(LEAVES.subList(0, size));
            for (int index = 0; index < size; index++) {
                int[] calls = {0};
                ProofGenerator.inclusion(index, size, (start, end) -> {
                    calls[0]++;
                    return hashes.hashOf(start, end);
                });
                assertThat(calls[0]).as("PATH(%d, %d)", index, size).isLessThanOrEqualTo(2 * levels);
                calls[0] = 0;
                ProofGenerator.consistency(index + 1, size, (start, end) -> {
                    calls[0]++;
                    return hashes.hashOf(start, end);
                });
                assertThat(calls[0]).as("PROOF(%d, %d)", index + 1, size).isLessThanOrEqualTo(2 * levels);
            }
        }
    }

    @Test
    void theRootOfNoLeavesIsTheEmptyRootAndAsksForNothing() {
        assertThat(ProofGenerator.root(0, (start, end) -> {
            throw new AssertionError("asked for a subtree of the empty tree");
        })).isEqualTo(MerkleHash.emptyRoot());
    }

    @Test
    void proofsOutsideTheTreeAreProgrammingErrors() {
        RangeHashes hashes = Vectors.completeSubtrees(LEAVES.subList(0, 5));
        assertThatThrownBy(() -> ProofGenerator.inclusion(5, 5, hashes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProofGenerator.consistency(0, 5, hashes))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProofGenerator.consistency(6, 5, hashes))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
