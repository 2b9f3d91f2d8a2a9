package org.credo.core.internal.compile;

/** Finds the line of a quoted name in the manifest's text, to locate manifest problems. */
final class ManifestLines {
    private final String text;

    ManifestLines(String text) {
        this.text = text == null ? "" : text;
    }

    /** The 1-based line where {@code "name"} first appears, or {@code null}. */
    Integer lineOf(String name) {
        int at = text.indexOf("\"" + name + "\"");
        if (at < 0) {
            return null;
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
