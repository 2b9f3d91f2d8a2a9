package org.credo.service.audit;

/**
 * A checkpoint the stored log must extend: one an auditor holds, or the latest stored one.
 *
 * @param treeSize the checkpoint's tree size
 * @param rootHash its root hash, 32 bytes
 */
public record LogAnchor(long treeSize, byte[] rootHash) {
}
