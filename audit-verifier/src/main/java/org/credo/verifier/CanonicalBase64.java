package org.credo.verifier;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.credo.verifier.ProofException.Reason;

/** Standard base64 that must re-encode to the same text, so that one hash has exactly one spelling. */
final class CanonicalBase64 {
    private CanonicalBase64() {
    }

    static byte[] decode(String text, String what) throws ProofException {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (Base64.getEncoder().encodeToString(bytes).equals(text)) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ProofException(Reason.MALFORMED, "the " + what + " '" + text + "' is not canonical standard base64");
    }

    /** Decodes proof hashes, naming the first that is not canonical base64 by its position. */
    static List<byte[]> decodeAll(List<String> texts, String what) throws ProofException {
        List<byte[]> hashes = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            hashes.add(decode(texts.get(i), what + " hash " + i));
        }
        return hashes;
    }
}
