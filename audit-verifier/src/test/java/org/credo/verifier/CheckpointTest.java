package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;

import org.credo.verifier.ProofException.Reason;
import org.junit.jupiter.api.Test;

class CheckpointTest {
    private static final NoteSigner SIGNER = Fixtures.javaSigner();

    @Test
    void theTextIsOriginSizeAndBase64RootEachOnALine() {
        Checkpoint checkpoint = new Checkpoint("example.com/log", 13, MerkleHash.emptyRoot());
        assertThat(checkpoint.text())
                .isEqualTo("example.com/log\n13\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    }

    @Test
    void thePythonSignedCheckpointsOpenWithTheLogKeyAndHoldThePythonRoots() throws ProofException {
        Map<String, Object> roots = Vectors.object("credo/roots.json");
        for (int size : new int[] {8, 13, 21}) {
            Checkpoint checkpoint = SignedCheckpoint.verify(Fixtures.credo("checkpoint-" + size + ".txt"),
                    Fixtures.logKey()).checkpoint();
            assertThat(checkpoint.origin()).isEqualTo(Fixtures.ORIGIN);
            assertThat(checkpoint.size()).isEqualTo(size);
            assertThat(HexFormat.of().formatHex(checkpoint.rootHash()))
                    .isEqualTo(JsonReader.string(roots, Integer.toString(size)))
                    .isEqualTo(HexFormat.of().formatHex(Fixtures.checkpointOf(Fixtures.leaves(), size).rootHash()));
        }
    }

    @Test
    void aSignedCheckpointRoundTrips() throws ProofException {
        Checkpoint checkpoint = Fixtures.checkpointOf(Fixtures.leaves(), 21);
        SignedCheckpoint signed = SignedCheckpoint.sign(checkpoint, SIGNER);
        assertThat(signed.note()).startsWith(checkpoint.text() + "\n\u2014 " + Fixtures.ORIGIN + " ");
        assertThat(SignedCheckpoint.verify(signed.note(), SIGNER.logKey()).checkpoint()).isEqualTo(checkpoint);
    }

    @Test
    void aChangedSizeOrRootBreaksTheSignature() {
        String note = SignedCheckpoint.sign(Fixtures.checkpointOf(Fixtures.leaves(), 21), SIGNER).note();
        assertReason(note.replace("\n21\n", "\n20\n"), Reason.SIGNATURE_INVALID);
        String root = note.split("\n")[2];
        assertReason(note.replace(root, Vectors.flipBase64(root)), Reason.SIGNATURE_INVALID);
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsNotOurs() {
        assertReason(Fixtures.credo("checkpoint-21.txt"), Reason.SIGNATURE_MISSING);
    }

    @Test
    void onlyTheThreeCanonicalLinesAreACheckpoint() throws ProofException {
        String root = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        assertMalformed("log\n13\n" + root + "\nextension\n");
        assertMalformed("log\n13\n" + root);
        assertMalformed("log\n013\n" + root + "\n");
        assertMalformed("log\n-1\n" + root + "\n");
        assertMalformed("log\n99999999999999999999\n" + root + "\n");
        assertMalformed("log\n13\n" + root.replace("=", "") + "\n");
        assertMalformed("log\n13\n" + root.replace("U=", "V=") + "\n");
        assertMalformed("\n13\n" + root + "\n");
        assertThat(Checkpoint.parse("log\n0\n" + root + "\n").size()).isZero();
        assertMalformed("log\n0\n" + Vectors.flipBase64(root) + "\n");
        assertThatThrownBy(() -> Checkpoint.parse("log\n13\nAAAA\n")).isInstanceOfSatisfying(ProofException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_HASH_LENGTH));
    }

    private static void assertMalformed(String text) {
        assertThatThrownBy(() -> Checkpoint.parse(text)).as(text).isInstanceOfSatisfying(ProofException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    private static void assertReason(String note, Reason reason) {
        assertThatThrownBy(() -> SignedCheckpoint.verify(note, SIGNER.logKey()))
                .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
