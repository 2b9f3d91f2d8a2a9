package org.credo.service.audit.log;

import org.credo.verifier.MerkleHash;

import java.util.ArrayList;
import java.util.List;

/**
 * Records appended to the log inside one transaction: starts from the locked head, takes each sealed record's leaf
 * bytes and chain hash, and collects the subtree hashes they complete, for {@link LogStore#advance}.
 */
public final class LogAppend {
    private final List<LogNode> nodes = new ArrayList<>();
    private LogHead head;

    public LogAppend(LogHead head) {
        this.head = head;
    }

    /** The sequence the next record takes: the tree size plus one (leaf index = sequence - 1). */
    public long nextSequence() {
        return head.treeSize() + 1;
    }

    /** The chain hash the next record links to. */
    public String previousHash() {
        return head.chainHash();
    }

    /** Appends the next record: its chain hash and its leaf ({@link LogLeaf}). */
    public void append(String chainHash, byte[] leaf) {
        head = new LogHead(chainHash, head.frontier().append(MerkleHash.leafHash(leaf), nodes::add));
    }

    public LogHead head() {
        return head;
    }

    public List<LogNode> nodes() {
        return nodes;
    }
}
