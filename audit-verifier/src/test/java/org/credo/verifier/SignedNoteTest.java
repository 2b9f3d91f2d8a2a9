package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.credo.verifier.ProofException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signed notes against golang.org/x/mod/sumdb/note's and the C2SP specification's own examples. */
class SignedNoteTest {
    private static Map<String, Object> go;
    private static LogKey peter;
    private static LogKey enoch;
    private static String text;
    private static String peterSig;
    private static String enochSig;

    @BeforeAll
    static void readVectors() throws ProofException {
        go = Vectors.object("golang-sumdb-note.json");
        peter = LogKey.parse(JsonReader.string(go, "peterVerifierKey"));
        enoch = LogKey.parse(JsonReader.string(go, "enochVerifierKey"));
        text = JsonReader.string(go, "text");
        peterSig = JsonReader.string(go, "peterSignatureLine");
        enochSig = JsonReader.string(go, "enochSignatureLine");
    }

    @Test
    void theC2spExampleKeyVerifiesTheC2spExampleNote() throws ProofException {
        Map<String, Object> c2sp = Vectors.object("c2sp-signed-note.json");
        LogKey key = LogKey.parse(JsonReader.string(c2sp, "verifierKey"));
        assertThat(key.name()).isEqualTo("example.com/foo");
        assertThat(LogKey.hex(key.keyHash())).isEqualTo("530d903a");
        assertThat(SignedNote.verifiedText(JsonReader.string(c2sp, "note"), key))
                .isEqualTo("This is an example message.\n");
    }

    @Test
    void aSignerFromGosSeedWritesGosSignatureByteForByte() throws ProofException {
        byte[] typedSeed = Base64.getDecoder().decode(JsonReader.string(go, "signerSeedBase64"));
        NoteSigner signer = NoteSigner.fromSeed("PeterNeumann", Arrays.copyOfRange(typedSeed, 1, typedSeed.length));
        assertThat(signer.logKey()).isEqualTo(peter);
        assertThat(signer.logKey().verifierKey()).isEqualTo(JsonReader.string(go, "peterVerifierKey"));
        assertThat(signer.sign(text)).isEqualTo(text + "\n" + peterSig);
    }

    @Test
    void aSignerFromAPkcs8KeyHasThatKeysPublicHalf() throws GeneralSecurityException, ProofException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteSigner signer = NoteSigner.fromPkcs8("credo.example/log", pair.getPrivate().getEncoded());
        byte[] spki = pair.getPublic().getEncoded();
        assertThat(signer.logKey().publicKey()).isEqualTo(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        assertThat(SignedNote.verifiedText(signer.sign(text), signer.logKey())).isEqualTo(text);
    }

    @Test
    void aSignatureByAnotherKeyIsIgnoredAndOursSuffices() throws ProofException {
        assertThat(SignedNote.verifiedText(text + "\n" + enochSig + peterSig, peter)).isEqualTo(text);
        assertThat(SignedNote.verifiedText(text + "\n" + peterSig + enochSig, enoch)).isEqualTo(text);
    }

    @Test
    void aNoteSignedOnlyByAnotherKeyIsRefused() {
        assertReason(text + "\n" + enochSig, peter, Reason.SIGNATURE_MISSING);
    }

    @Test
    void aKeyWithOurNameButAnotherHashDoesNotCount() {
        String impostor = peterSig.replace("x08go", "AAAAA");
        assertReason(text + "\n" + impostor, peter, Reason.SIGNATURE_MISSING);
    }

    @Test
    void anAlteredTextOrSignatureIsRefusedEvenBesideAValidOne() {
        String altered = text.replace("cryptography", "cryptographY");
        assertReason(altered + "\n" + peterSig, peter, Reason.SIGNATURE_INVALID);
        String badSig = peterSig.replace("NIuGUg", "NIuGUh");
        assertReason(text + "\n" + badSig, peter, Reason.SIGNATURE_INVALID);
        assertReason(text + "\n" + peterSig + badSig, peter, Reason.SIGNATURE_INVALID);
    }

    @Test
    void malformedNotesAreRefusedBeforeAnySignatureIsChecked() {
        assertReason(text + "\n", peter, Reason.MALFORMED);
        assertReason(text + "\n" + peterSig.substring(0, peterSig.length() - 1), peter, Reason.MALFORMED);
        assertReason("\u0001" + text + "\n" + peterSig, peter, Reason.MALFORMED);
        assertReason(text + "\n" + peterSig + "\n", peter, Reason.MALFORMED);
        assertReason(text + "\n" + peterSig.replace('\u2014', '-'), peter, Reason.MALFORMED);
        assertReason(text + "\n" + peterSig.replace("x08go", "x08g!"), peter, Reason.MALFORMED);
        assertReason(text + "\n" + peterSig.repeat(101), peter, Reason.MALFORMED);
    }

    @Test
    void verifierKeysRoundTripAndManglingsAreRefused() {
        String vkey = peter.verifierKey();
        assertThat(LogKey.parse(vkey).verifierKey()).isEqualTo(vkey);
        for (int i = 0; i < vkey.length(); i++) {
            char[] chars = vkey.toCharArray();
            chars[i]++;
            String mangled = new String(chars);
            assertThatThrownBy(() -> LogKey.parse(mangled)).as(mangled).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> LogKey.parse(vkey.substring(0, vkey.length() - 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogKey.parse("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertReason(String note, LogKey key, Reason reason) {
        assertThatThrownBy(() -> SignedNote.verifiedText(note, key))
                .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
