package org.credo.verifier;

import java.nio.ByteBuffer;
import java.util.Base64;

import org.credo.verifier.ProofException.Reason;

/**
 * Opens C2SP signed notes: the text (ending in a newline), a blank line, then signature lines
 * {@code — <key name> <base64(key hash ‖ signature)>}. Signatures by other keys are ignored; one by the trusted key
 * must verify and none by it may fail.
 */
final class SignedNote {
    static final char EM_DASH = '\u2014';
    /** Far above a checkpoint with many witness cosignatures (the C2SP minimum is 16 of up to 5 kB each). */
    static final int MAX_NOTE_CHARS = 1 << 20;
    /** As golang.org/x/mod/sumdb/note. */
    private static final int MAX_SIGNATURES = 100;

    private SignedNote() {
    }

    /**
     * The text of the note, once a signature by {@code key} has verified.
     *
     * @throws ProofException {@code MALFORMED}, {@code SIGNATURE_MISSING} or {@code SIGNATURE_INVALID}
     */
    static String verifiedText(String note, LogKey key) throws ProofException {
        if (note.length() > MAX_NOTE_CHARS) {
            throw malformed("a signed note is longer than " + MAX_NOTE_CHARS + " characters");
        }
        if (note.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw malformed("a signed note holds no control characters but newlines");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || split + 2 >= note.length() || !note.endsWith("\n")) {
            throw malformed("a signed note is its text, a blank line and signature lines, each ending in a newline");
        }
        String text = note.substring(0, split + 1);
        String[] lines = note.substring(split + 2, note.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw malformed("a signed note has more than " + MAX_SIGNATURES + " signatures");
        }
        byte[] message = Utf8.encode(text, "note text");
        boolean verified = false;
        for (String line : lines) {
            if (signatureVerifies(line, key, message)) {
                verified = true;
            }
        }
        if (!verified) {
            throw new ProofException(Reason.SIGNATURE_MISSING, "the note is not signed by " + key.name() + "+"
                    + LogKey.hex(key.keyHash()));
        }
        return text;
    }

    /** Whether the line is a valid signature by {@code key}; false for another key's; throws for a bad one. */
    private static boolean signatureVerifies(String line, LogKey key, byte[] message) throws ProofException {
        int space = line.lastIndexOf(' ');
        if (!line.startsWith(EM_DASH + " ") || space <= 2) {
            throw malformed("a signature line reads \u2014 <key name> <base64 signature>");
        }
        String name = line.substring(2, space);
        byte[] keyed;
        try {
            LogKey.requireValidName(name);
            keyed = Base64.getDecoder().decode(line.substring(space + 1));
        } catch (IllegalArgumentException e) {
            throw malformed("signature line '" + line + "': " + e.getMessage());
        }
        if (keyed.length < 5) {
            throw malformed("a signature holds a 4-byte key hash and at least one byte");
        }
        ByteBuffer buffer = ByteBuffer.wrap(keyed);
        if (!name.equals(key.name()) || buffer.getInt() != key.keyHash()) {
            return false;
        }
        byte[] signature = new byte[buffer.remaining()];
        buffer.get(signature);
        if (!key.verifies(message, signature)) {
            throw new ProofException(Reason.SIGNATURE_INVALID, "the signature by " + key.name() + "+"
                    + LogKey.hex(key.keyHash()) + " does not verify: the note was altered or not signed by this key");
        }
        return true;
    }

    /** Note texts are non-empty, end in a newline, do not end in a blank line and hold no control characters. */
    static void requireValidText(String text) {
        if (text.isEmpty() || !text.endsWith("\n") || text.endsWith("\n\n") || text.equals("\n")
                || text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException("a note text is non-empty, ends in one newline, holds no controls");
        }
    }

    private static ProofException malformed(String message) {
        return new ProofException(Reason.MALFORMED, message);
    }
}
