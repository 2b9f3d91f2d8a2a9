package org.credo.verifier;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.credo.verifier.ProofException.Reason;

/**
 * Strict UTF-8 encoding of text that is hashed or signed: an unpaired surrogate (which a JSON {@code \\u} escape can
 * smuggle in) is refused instead of being replaced by {@code ?}, so that two different texts never hash alike.
 */
final class Utf8 {
    private Utf8() {
    }

    static byte[] encode(String text, String what) throws ProofException {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset() + bytes.position(),
                    bytes.arrayOffset() + bytes.limit());
        } catch (CharacterCodingException e) {
            throw new ProofException(Reason.MALFORMED, "the " + what + " is not valid Unicode text");
        }
    }
}
