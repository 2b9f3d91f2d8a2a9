package org.credo.service.audit.log;

/**
 * The head of the log as {@code log_head} holds it: the chain hash of the last record (the next record's previous
 * hash) and the tree's frontier, whose size is the number of records (the last record's sequence).
 */
public record LogHead(String chainHash, Frontier frontier) {
    public long treeSize() {
        return frontier.size();
    }
}
