package org.credo.service.audit.log;

/**
 * The hash of a complete subtree: leaves [{@code index} · 2^{@code level}, ({@code index} + 1) · 2^{@code level});
 * level 0 is a leaf hash.
 */
public record LogNode(int level, long index, byte[] hash) {
    /** The first leaf this subtree covers. */
    public long firstLeaf() {
        return index << level;
    }
}
