package org.credo.core.attacks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.credo.core.Bundle;

/**
 * One file of the attack corpus under {@code src/test/resources/attacks/}: its own header says what it tries
 * ({@code attack:}) and how it must be refused ({@code expect: CODE element=ID} or {@code expect: CODE line=N}).
 * A DMN attack names its model and decision {@code Attack}, and its bundle's manifest makes that decision an
 * invariant, so that the validation itself would evaluate it were it admitted.
 *
 * @param file    the corpus file, e.g. {@code dmn/feel-external-comment.dmn}
 * @param attack  what it tries
 * @param code    the problem code it must be refused with
 * @param element the DMN element id the problem must name, or {@code null}
 * @param line    the line the problem must name, or {@code null}
 * @param content the file
 */
record Attack(String file, String attack, String code, String element, Integer line, byte[] content) {
    private static final Pattern ATTACK = Pattern.compile("attack: (.+?)(?:\\R\\s*(?://)?\\s*expect:|$)",
            Pattern.DOTALL);
    private static final Pattern EXPECT = Pattern.compile("expect: (\\w+) (element|line)=(\\S+?)(?:\\s|-->)");

    /** Every file of the corpus, in path order. */
    static List<Attack> corpus() {
        try {
            Path root = Path.of(Attack.class.getResource("/attacks").toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".dmn") || p.toString().endsWith(".drl"))
                        .sorted().map(p -> read(root, p)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Attack read(Path root, Path path) {
        try {
            byte[] content = Files.readAllBytes(path);
            String text = new String(content, StandardCharsets.UTF_8);
            Matcher attack = ATTACK.matcher(text);
            Matcher expect = EXPECT.matcher(text);
            if (!attack.find() || !expect.find()) {
                throw new IllegalStateException(path + " lacks its attack: and expect: header");
            }
            boolean byElement = expect.group(2).equals("element");
            return new Attack(root.relativize(path).toString().replace('\\', '/'),
                    attack.group(1).replaceAll("\\s+", " ").strip(), expect.group(1),
                    byElement ? expect.group(3) : null, byElement ? null : Integer.valueOf(expect.group(3)),
                    content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isDmn() {
        return file.endsWith(".dmn");
    }

    /** The bundle path of the attack file. */
    String bundlePath() {
        return (isDmn() ? "dmn/" : "rules/") + file.substring(file.lastIndexOf('/') + 1);
    }

    /** A bundle of the attack file and a manifest listing it, with the DMN decision as an invariant. */
    Bundle bundle() {
        String invariants = isDmn()
                ? ", \"invariants\": [{\"model\": \"Attack\", \"decision\": \"Attack\", \"message\": \"attack\"}]"
                : "";
        String manifest = "{\"name\": \"attack\", \"files\": [\"" + bundlePath() + "\"], \"decisions\": {}"
                + invariants + "}";
        return Bundle.of(Map.of("ruleset.json", manifest.getBytes(StandardCharsets.UTF_8), bundlePath(), content));
    }

    @Override
    public String toString() {
        return file + " (" + attack + ")";
    }
}
