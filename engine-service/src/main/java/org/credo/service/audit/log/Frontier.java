package org.credo.service.audit.log;

import org.credo.verifier.MerkleHash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The right edge of an RFC 9162 Merkle tree: the hashes of the complete subtrees it is made of, largest first (one
 * per set bit of the tree size). Enough to append leaves and compute the root without reading anything else.
 * Immutable; {@link #append} answers the next frontier and reports each subtree it completes.
 */
public record Frontier(long size, List<byte[]> hashes) {
    public Frontier {
        if (hashes.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size)
                    + " complete subtrees on its right edge, not " + hashes.size());
        }
        hashes = List.copyOf(hashes);
    }

    public static final Frontier EMPTY = new Frontier(0, List.of());

    /**
     * The frontier after appending one leaf hash; {@code completed} receives the new leaf and every subtree that it
     * completes, bottom up.
     */
    public Frontier append(byte[] leafHash, Consumer<LogNode> completed) {
        var next = new ArrayList<>(hashes);
        byte[] hash = leafHash;
        int level = 0;
        long index = size;
        completed.accept(new LogNode(level, index, hash));
        while (((size >>> level) & 1) == 1) {
            hash = MerkleHash.nodeHash(next.remove(next.size() - 1), hash);
            level++;
            index >>>= 1;
            completed.accept(new LogNode(level, index, hash));
        }
        next.add(hash);
        return new Frontier(size + 1, next);
    }

    /** MTH of the whole tree (RFC 9162 §2.1.1): the subtrees folded from the right. */
    public byte[] root() {
        if (size == 0) {
            return MerkleHash.emptyRoot();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = MerkleHash.nodeHash(hashes.get(i), root);
        }
        return root;
    }

    /** Same size and the same subtree hashes. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Frontier that) || size != that.size) {
            return false;
        }
        for (int i = 0; i < hashes.size(); i++) {
            if (!Arrays.equals(hashes.get(i), that.hashes.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size);
    }

    /** The hashes concatenated, as {@code log_head.frontier} stores them. */
    public byte[] encoded() {
        byte[] out = new byte[hashes.size() * MerkleHash.SIZE];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i), 0, out, i * MerkleHash.SIZE, MerkleHash.SIZE);
        }
        return out;
    }

    /** The frontier of a tree of {@code size} leaves from {@link #encoded()} (null for none). */
    public static Frontier decode(long size, byte[] encoded) {
        byte[] bytes = encoded == null ? new byte[0] : encoded;
        var hashes = new ArrayList<byte[]>();
        for (int at = 0; at + MerkleHash.SIZE <= bytes.length; at += MerkleHash.SIZE) {
            hashes.add(Arrays.copyOfRange(bytes, at, at + MerkleHash.SIZE));
        }
        return new Frontier(size, hashes);
    }
}
