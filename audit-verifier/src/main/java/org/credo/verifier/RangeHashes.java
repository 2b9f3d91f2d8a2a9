package org.credo.verifier;

/**
 * Where {@link ProofGenerator} reads the tree from: the hash of one complete subtree. A proof in a tree of n leaves
 * asks for at most 2·⌈log2 n⌉ of them (one path, plus the complete subtrees of at most one incomplete sibling).
 */
@FunctionalInterface
public interface RangeHashes {
    /**
     * MTH(D[start:end]), the root of the complete subtree over leaves {@code start} (inclusive) to {@code end}
     * (exclusive). Only asked for complete, aligned subtrees: {@code end - start} is a power of two and
     * {@code start} a multiple of it (a single leaf's subtree is its leaf hash), so a store that keeps the hash of
     * every complete subtree can answer from one lookup.
     */
    byte[] hashOf(long start, long end);
}
