package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.credo.verifier.ProofException.Reason;
import org.junit.jupiter.api.Test;

class ReceiptTest {
    @Test
    void thePythonReceiptVerifiesAndNamesItsCheckpoint() throws ProofException {
        Receipt receipt = Receipt.parse(Fixtures.credo("receipt-valid.json"));
        assertThat(receipt.decisionId()).isEqualTo("dec-0005");
        assertThat(receipt.leaf()).contains("\u4f01\u4e1a\u4fe1\u7528\u7b49\u7ea7 A");
        Checkpoint checkpoint = receipt.verify(Fixtures.logKey());
        assertThat(checkpoint.size()).isEqualTo(13);
    }

    @Test
    void everyTamperedPythonReceiptIsRefusedForItsOwnReason() throws ProofException {
        assertRefused("receipt-tampered-leaf.json", Reason.ROOT_MISMATCH);
        assertRefused("receipt-wrong-index.json", Reason.ROOT_MISMATCH);
        assertRefused("receipt-proof-flipped.json", Reason.ROOT_MISMATCH);
        assertRefused("receipt-proof-truncated.json", Reason.WRONG_PROOF_LENGTH);
        assertRefused("receipt-other-tree-size.json", Reason.SIZE_MISMATCH);
        assertRefused("receipt-foreign-key.json", Reason.SIGNATURE_MISSING);
        assertRefused("receipt-checkpoint-altered.json", Reason.SIGNATURE_INVALID);
    }

    @Test
    void aReceiptIssuedWithTheJavaGeneratorVerifiesForEveryDecision() throws ProofException {
        List<byte[]> leaves = Fixtures.leaves();
        NoteSigner signer = Fixtures.javaSigner();
        RangeHashes hashes = Vectors.completeSubtrees(Fixtures.leafHashes(leaves));
        String note = SignedCheckpoint.sign(Fixtures.checkpointOf(leaves, 21), signer).note();
        for (int index = 0; index < 21; index++) {
            List<String> proof = new ArrayList<>();
            ProofGenerator.inclusion(index, 21, hashes).forEach(h -> proof.add(Base64.getEncoder().encodeToString(h)));
            Receipt receipt = new Receipt("dec-" + index, index, 21,
                    new String(leaves.get(index), StandardCharsets.UTF_8), proof, note);
            assertThat(receipt.verify(signer.logKey()).size()).isEqualTo(21);
        }
    }

    @Test
    void aProofHashInNonCanonicalBase64IsMalformed() throws ProofException {
        Receipt valid = Receipt.parse(Fixtures.credo("receipt-valid.json"));
        List<String> proof = new ArrayList<>(valid.inclusionProof());
        proof.set(0, proof.get(0).replace("=", ""));
        Receipt unpadded = new Receipt(valid.decisionId(), valid.index(), valid.treeSize(), valid.leaf(), proof,
                valid.checkpoint());
        assertThatThrownBy(() -> unpadded.verify(Fixtures.logKey())).isInstanceOfSatisfying(ProofException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void aLeafWithAnUnpairedSurrogateIsMalformedNotHashedAsAQuestionMark() throws ProofException {
        String valid = Fixtures.credo("receipt-valid.json");
        Receipt smuggled = Receipt.parse(valid.replace("\"leaf\": \"{", "\"leaf\": \"\\ud800{"));
        assertThat(smuggled.leaf()).startsWith("\ud800");
        assertThatThrownBy(() -> smuggled.verify(Fixtures.logKey())).isInstanceOfSatisfying(ProofException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void receiptJsonWithMissingOrMistypedFieldsIsMalformed() {
        String valid = Fixtures.credo("receipt-valid.json");
        assertMalformed(valid.replace("\"index\": 5", "\"index\": \"5\""));
        assertMalformed(valid.replace("\"index\": 5", "\"index\": -5"));
        assertMalformed(valid.replace("\"index\": 5", "\"index\": 5.5"));
        assertMalformed(valid.replace("\"treeSize\": 13", "\"treeSize\": 99999999999999999999"));
        assertMalformed(valid.replace("\"decisionId\"", "\"decision\""));
        assertMalformed(valid.replace("\"treeSize\": 13", "\"treeSize\": 13, \"treeSize\": 14"));
        assertMalformed(valid + "{}");
        assertMalformed("[" + valid + "]");
    }

    private static void assertRefused(String fixture, Reason reason) throws ProofException {
        Receipt receipt = Receipt.parse(Fixtures.credo(fixture));
        assertThatThrownBy(() -> receipt.verify(Fixtures.logKey())).as(fixture)
                .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static void assertMalformed(String json) {
        assertThatThrownBy(() -> Receipt.parse(json)).isInstanceOfSatisfying(ProofException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }
}
