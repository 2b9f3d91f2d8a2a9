package org.credo.service.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way user names are compared: after NFKC normalisation, trimming and case folding, so that {@code AUTHOR},
 * {@code author } and a full-width {@code ａｕｔｈｏｒ} are the same person to the four-eyes rule and to sign-in
 * throttling.
 */
public final class UserNames {
    private UserNames() {
    }

    /** The comparable form of a user name (null stays null). */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /** Whether two user names name the same person; a null name names no one. */
    public static boolean same(String one, String other) {
        return one != null && other != null && normalise(one).equals(normalise(other));
    }
}
