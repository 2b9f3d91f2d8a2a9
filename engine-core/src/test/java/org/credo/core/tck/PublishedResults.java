package org.credo.core.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The TCK's published results for Kie DMN 10.2.0: {@code "folder","test file","case id","SUCCESS|ERROR",…}. */
record PublishedResults(Map<String, Boolean> passedByKey) {

    static PublishedResults read(Path csv) {
        var passed = new LinkedHashMap<String, Boolean>();
        try {
            for (String line : Files.readAllLines(csv)) {
                String[] cells = line.split("\",\"");
                if (cells.length >= 4) {
                    String folder = cells[0].replaceFirst("^\"", "");
                    passed.put(folder + "|" + cells[1] + "|" + cells[2], cells[3].equals("SUCCESS"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PublishedResults(passed);
    }

    long successes() {
        return passedByKey.values().stream().filter(Boolean::booleanValue).count();
    }

    boolean passedByKie(String key) {
        return passedByKey.getOrDefault(key, false);
    }
}
