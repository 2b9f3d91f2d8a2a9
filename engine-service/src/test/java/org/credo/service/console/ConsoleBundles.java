package org.credo.service.console;

import org.credo.core.Bundle;
import org.credo.zone.ZoneRuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.UUID;

/** Bundle files for the browser to upload: the shipped bundle renamed (valid) and the same with a broken DRL rule. */
final class ConsoleBundles {
    /** The DRL file the broken bundle breaks, and the line its broken pattern stands on. */
    static final String BROKEN_FILE = "rules/credit-237.drl";

    private ConsoleBundles() {
    }

    /** The shipped rule set with a new description: valid, and new content every time. */
    static Path valid(String label) {
        return write("valid", files(label));
    }

    /** A bundle whose DRL has a pattern that does not parse, on a known line of {@link #BROKEN_FILE}. */
    static Path broken(String label) {
        var files = files(label);
        String drl = new String(files.get(BROKEN_FILE), StandardCharsets.UTF_8);
        String broken = drl + "\nrule \"broken by the console test\"\nwhen\n    $x : String( length > )\nthen\nend\n";
        files.put(BROKEN_FILE, broken.getBytes(StandardCharsets.UTF_8));
        return write("broken", files);
    }

    /** The line of the broken pattern in {@link #BROKEN_FILE} of {@link #broken}. */
    static int brokenLine() {
        String drl = new String(ZoneRuleSet.shippedBundle().files().get(BROKEN_FILE), StandardCharsets.UTF_8);
        return (int) drl.lines().count() + 4;
    }

    private static TreeMap<String, byte[]> files(String label) {
        var files = new TreeMap<String, byte[]>(ZoneRuleSet.shippedBundle().files());
        String manifest = new String(files.get("ruleset.json"), StandardCharsets.UTF_8);
        files.put("ruleset.json", manifest.replaceFirst("\"description\": \"", "\"description\": \"console test "
                + label + " " + UUID.randomUUID() + ": ").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static Path write(String kind, TreeMap<String, byte[]> files) {
        try {
            Path zip = Files.createTempFile("credo-" + kind + "-", ".zip");
            Files.write(zip, Bundle.of(files).toZip());
            zip.toFile().deleteOnExit();
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
