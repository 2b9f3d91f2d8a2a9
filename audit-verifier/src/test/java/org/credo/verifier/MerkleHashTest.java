package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class MerkleHashTest {
    @Test
    void rootsOfTheReferenceTreeMatchTransparencyDevAtEverySize() {
        List<byte[]> leafHashes = new ArrayList<>();
        Vectors.REFERENCE_LEAVES.forEach(leaf -> leafHashes.add(MerkleHash.leafHash(leaf)));
        for (int size = 0; size <= 8; size++) {
            assertThat(MerkleHash.rootOf(leafHashes.subList(0, size)))
                    .as("root of size %d", size).isEqualTo(Vectors.REFERENCE_ROOTS.get(size));
        }
    }

    @Test
    void theEmptyRootIsTheHashOfNothing() {
        assertThat(HexFormat.of().formatHex(MerkleHash.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aLeafCannotPassForANode() {
        byte[] left = MerkleHash.leafHash(new byte[] {1});
        byte[] right = MerkleHash.leafHash(new byte[] {2});
        byte[] concatenated = new byte[64];
        System.arraycopy(left, 0, concatenated, 0, 32);
        System.arraycopy(right, 0, concatenated, 32, 32);
        assertThat(MerkleHash.leafHash(concatenated)).isNotEqualTo(MerkleHash.nodeHash(left, right));
    }
}
