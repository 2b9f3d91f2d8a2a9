package org.credo.service.console;

import org.credo.core.Bundle;
import org.credo.core.BundleFormatException;
import org.credo.service.problem.ApiException;

import java.util.Map;
import java.util.TreeMap;

/**
 * A version's bundle with the DMN files the editor saved put in place of the stored ones, every other file as it was.
 * Only DMN files the source version holds may be replaced; what the new files say is left to the upload's checks.
 */
final class EditedBundle {
    /** The most DMN files one save may carry: no bundle the console edits holds more. */
    static final int MAX_FILES = 50;

    private EditedBundle() {
    }

    /**
     * The source's files with {@code edits} (bundle path → new content) in place of the files they name.
     *
     * @throws ApiException 400 naming the field of an edit that is not one of the source's DMN files, is too large, or
     *                      ({@code files}) when there are no edits, more than {@link #MAX_FILES}, or too many bytes
     */
    static Bundle of(Bundle source, Map<String, byte[]> edits) {
        if (edits.isEmpty()) {
            throw ApiException.invalid("files", "no DMN file to save");
        }
        if (edits.size() > MAX_FILES) {
            throw ApiException.invalid("files", "at most " + MAX_FILES + " DMN files per save");
        }
        var files = new TreeMap<>(source.files());
        for (var edit : edits.entrySet()) {
            String path = edit.getKey();
            if (!path.endsWith(".dmn") || !files.containsKey(path)) {
                throw ApiException.invalid(path, "not a DMN file of the version being edited");
            }
            if (edit.getValue().length > Bundle.MAX_FILE_BYTES) {
                throw ApiException.invalid(path, "a file holds at most " + Bundle.MAX_FILE_BYTES + " bytes");
            }
            files.put(path, edit.getValue());
        }
        try {
            return Bundle.of(files);
        } catch (BundleFormatException e) {
            throw ApiException.invalid("files", e.getMessage());
        }
    }
}
