package org.credo.service.audit.log;

import org.credo.verifier.RangeHashes;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The complete subtrees a proof asks for, found by running the proof once on placeholder hashes: which subtrees
 * {@link org.credo.verifier.ProofGenerator} reads depends on the tree sizes and the leaf index alone, never on the
 * hashes, so the set is exact and comes from the same code that then builds the proof.
 */
final class ProofPlan {
    private static final byte[] PLACEHOLDER = new byte[32];

    private ProofPlan() {
    }

    /** Every subtree {@code proof} reads, in the order it first asks for them. */
    static Set<NodeAddress> of(Function<RangeHashes, ?> proof) {
        var wanted = new LinkedHashSet<NodeAddress>();
        proof.apply((start, end) -> {
            wanted.add(NodeAddress.of(start, end));
            return PLACEHOLDER;
        });
        return wanted;
    }
}
