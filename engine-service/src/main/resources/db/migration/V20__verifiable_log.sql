-- The verifiable decision log (docs/audit.md): an RFC 9162 Merkle tree over the decision records.
-- log_head: the one row every append locks (SELECT ... FOR UPDATE), so that several instances take turns per group
-- commit: the tree size (= the last record's sequence), the chain hash of the last record, and the frontier (the
-- hashes of the complete subtrees the tree is made of, largest first, 32 bytes each).
CREATE TABLE log_head (
    id          INTEGER      NOT NULL PRIMARY KEY,
    tree_size   BIGINT       NOT NULL,
    chain_hash  VARCHAR(64)  NOT NULL,
    frontier    BYTEA
);
INSERT INTO log_head (id, tree_size, chain_hash, frontier)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);

-- The hash of every complete subtree: leaves [idx * 2^level, (idx + 1) * 2^level); level 0 holds the leaf hashes.
-- Written in the transaction that appends the records, so any proof is O(log n) reads.
CREATE TABLE log_node (
    level  SMALLINT  NOT NULL,
    idx    BIGINT    NOT NULL,
    hash   BYTEA     NOT NULL,
    PRIMARY KEY (level, idx)
);

-- Signed checkpoints (C2SP tlog-checkpoint in a signed note), one per tree size, whichever instance signed it.
CREATE TABLE log_checkpoint (
    tree_size  BIGINT         NOT NULL PRIMARY KEY,
    root_hash  BYTEA          NOT NULL,
    note       VARCHAR(4000)  NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The embedded default's generated log key (the production profile takes its key from configuration instead).
CREATE TABLE log_key (
    id           INTEGER        NOT NULL PRIMARY KEY,
    private_key  VARCHAR(1000)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
