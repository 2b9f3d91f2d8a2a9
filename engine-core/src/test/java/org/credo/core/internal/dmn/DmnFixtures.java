package org.credo.core.internal.dmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.CompilerOptions;
import org.credo.core.Problem;
import org.credo.core.RuleSetCompiler;

/** The DMN fixtures under {@code src/test/resources/dmn/}, as bundles and as file maps. */
final class DmnFixtures {
    private DmnFixtures() {
    }

    static byte[] read(String name) {
        try (InputStream in = DmnFixtures.class.getResourceAsStream("/dmn/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundle holding the fixtures at {@code dmn/<name>} and a manifest listing them, compiled DMN-only. */
    static Compilation compileBundle(String... names) {
        var files = new LinkedHashMap<String, byte[]>();
        var listed = new ArrayList<String>();
        for (String name : names) {
            files.put("dmn/" + name, read(name));
            listed.add("\"dmn/" + name + "\"");
        }
        files.put("ruleset.json", ("{\"name\": \"dmn-fixture\", \"files\": [" + String.join(", ", listed)
                + "], \"decisions\": {}}").getBytes(StandardCharsets.UTF_8));
        return new RuleSetCompiler(CompilerOptions.dmnOnly()).compile(Bundle.of(files));
    }

    /** The fixtures compiled by {@link DmnCompiler} alone with {@code options}; problems land in {@code problems}. */
    static DmnModels compile(DmnCompileOptions options, List<Problem> problems, String... names) {
        var files = new TreeMap<String, byte[]>();
        for (String name : names) {
            files.put("dmn/" + name, read(name));
        }
        return DmnCompiler.compile(files, problems, options);
    }

}
