package org.credo.verifier;

import java.util.List;
import java.util.Map;

import org.credo.verifier.ProofException.Reason;

/**
 * A decision receipt, everything needed to check one decision offline: its leaf (the record's canonical bytes as
 * UTF-8 text), its index in the log, an inclusion proof and the signed checkpoint of the tree the proof is for.
 * The components are named as in the contract's receipt JSON.
 *
 * @param decisionId     the decision the receipt is for
 * @param index          the leaf's index, from 0
 * @param treeSize       the size of the tree the proof is for, that of the checkpoint
 * @param leaf           the leaf bytes as a UTF-8 string
 * @param inclusionProof PATH(index, D[treeSize]), each hash in standard base64
 * @param checkpoint     the signed checkpoint note text
 */
public record Receipt(String decisionId, long index, long treeSize, String leaf, List<String> inclusionProof,
                      String checkpoint) {
    public Receipt {
        inclusionProof = List.copyOf(inclusionProof);
    }

    /**
     * Reads a receipt from its JSON; fields beyond the contract's are ignored.
     *
     * @throws ProofException {@code MALFORMED} when the JSON or a field is missing or of the wrong type
     */
    public static Receipt parse(String json) throws ProofException {
        Map<String, Object> object = JsonReader.readObject(json);
        return new Receipt(JsonReader.string(object, "decisionId"), JsonReader.nonNegativeLong(object, "index"),
                JsonReader.nonNegativeLong(object, "treeSize"), JsonReader.string(object, "leaf"),
                JsonReader.strings(object, "inclusionProof"), JsonReader.string(object, "checkpoint"));
    }

    /**
     * Verifies the receipt against the log's key: the checkpoint's signature, its size equal to {@code treeSize},
     * and the inclusion of SHA-256(0x00 ‖ UTF-8 leaf) at {@code index} under the checkpoint's root.
     *
     * @return the verified checkpoint
     * @throws ProofException naming the first check that failed
     */
    public Checkpoint verify(LogKey key) throws ProofException {
        Checkpoint verified = SignedCheckpoint.verify(checkpoint, key).checkpoint();
        if (verified.size() != treeSize) {
            throw new ProofException(Reason.SIZE_MISMATCH, "the receipt is for a tree of " + treeSize
                    + " leaves but its checkpoint is of " + verified.size());
        }
        byte[] leafHash = MerkleHash.leafHash(Utf8.encode(leaf, "leaf"));
        List<byte[]> proof = CanonicalBase64.decodeAll(inclusionProof, "inclusion proof");
        InclusionProof.verify(index, treeSize, leafHash, proof, verified.rootHash());
        return verified;
    }
}
