package org.credo.service.audit.log;

/** Where one complete subtree's hash is stored in {@code log_node}: its level and its index on that level. */
public record NodeAddress(int level, long index) {
    /** The complete, aligned subtree over leaves [{@code start}, {@code end}). */
    public static NodeAddress of(long start, long end) {
        int level = Long.numberOfTrailingZeros(end - start);
        return new NodeAddress(level, start >>> level);
    }
}
