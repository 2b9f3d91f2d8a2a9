package org.credo.service.audit.log;

import org.credo.verifier.MerkleHash;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontierTest {
    private static byte[] leaf(int i) {
        return MerkleHash.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRootOfEveryTreeSizeIsRfc9162sTreeHash() {
        var leaves = new ArrayList<byte[]>();
        Frontier frontier = Frontier.EMPTY;
        assertThat(frontier.root()).isEqualTo(MerkleHash.emptyRoot());
        for (int i = 0; i < 130; i++) {
            leaves.add(leaf(i));
            frontier = frontier.append(leaf(i), node -> { });
            assertThat(frontier.root()).as("size %d", i + 1).isEqualTo(MerkleHash.rootOf(leaves));
        }
    }

    @Test
    void everyCompletedSubtreeIsReportedOnceWithTheHashOfItsLeaves() {
        var leaves = new ArrayList<byte[]>();
        var nodes = new ArrayList<LogNode>();
        Frontier frontier = Frontier.EMPTY;
        for (int i = 0; i < 37; i++) {
            leaves.add(leaf(i));
            frontier = frontier.append(leaf(i), nodes::add);
        }
        // 37 leaves complete 37 + 18 + 9 + 4 + 2 + 1 subtrees
        assertThat(nodes).hasSize(71);
        for (LogNode node : nodes) {
            int first = (int) node.firstLeaf();
            List<byte[]> covered = leaves.subList(first, first + (1 << node.level()));
            assertThat(node.hash()).as("level %d index %d", node.level(), node.index())
                    .isEqualTo(MerkleHash.rootOf(covered));
        }
    }

    @Test
    void theStoredFormRoundTrips() {
        Frontier frontier = Frontier.EMPTY;
        for (int i = 0; i < 11; i++) {
            frontier = frontier.append(leaf(i), node -> { });
        }
        assertThat(frontier.encoded()).hasSize(3 * MerkleHash.SIZE);
        assertThat(Frontier.decode(11, frontier.encoded())).isEqualTo(frontier);
        assertThat(Frontier.decode(0, null)).isEqualTo(Frontier.EMPTY);
    }

    @Test
    void aFrontierWithTheWrongNumberOfSubtreesForItsSizeIsRefused() {
        Frontier three = Frontier.EMPTY.append(leaf(0), node -> { }).append(leaf(1), node -> { })
                .append(leaf(2), node -> { });
        assertThatThrownBy(() -> Frontier.decode(4, three.encoded())).isInstanceOf(IllegalArgumentException.class);
    }
}
