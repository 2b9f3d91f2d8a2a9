package org.credo.core.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.credo.core.Compilation;
import org.credo.core.Problem;
import org.credo.core.RuleSetCompiler;
import org.credo.core.fixture.Fixtures;
import org.credo.core.internal.dmn.DmnCompileOptions;
import org.credo.core.internal.dmn.DmnCompiler;
import org.credo.core.internal.dmn.DmnModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Uploads every attack of the corpus ({@code src/test/resources/attacks/}, listed in its README) the way the
 * service does, through {@link RuleSetCompiler#compile}, and shows each refused with its expected code at its
 * expected place, without the marker file its payload would create. The DMN attacks are each their bundle's
 * invariant, so a check that ran after the invariants were evaluated would be too late, and the marker would tell.
 */
class AttackCorpusTest {
    private static final String MARKER_PREFIX = "credo-attack-";

    static List<Attack> corpus() {
        return Attack.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyAttackIsRefusedWhereItStandsAndLeavesNoMarker(Attack attack) throws IOException {
        List<Path> markersBefore = markers();

        Compilation compilation = new RuleSetCompiler(Fixtures.options()).compile(attack.bundle());

        assertThat(compilation.succeeded()).as("%s compiled", attack.file()).isFalse();
        assertThat(compilation.ruleSet()).isEmpty();
        List<Problem> expected = compilation.problems().stream()
                .filter(p -> p.code().equals(attack.code()) && attack.bundlePath().equals(p.file())).toList();
        assertThat(expected).as("%s problems of %s: %s", attack.code(), attack.file(), compilation.problems())
                .isNotEmpty();
        assertThat(expected).as("located problems of %s", attack.file()).anySatisfy(p -> {
            if (attack.element() != null) {
                assertThat(p.element()).isEqualTo(attack.element());
            } else {
                assertThat(p.line()).isEqualTo(attack.line());
            }
        });
        assertThat(markers()).as("marker files after %s", attack.file()).isEqualTo(markersBefore);
    }

    @Test
    void theCorpusCoversEveryClassOfBundleAttack() {
        List<String> files = corpus().stream().map(Attack::file).toList();

        assertThat(files).filteredOn(f -> f.startsWith("dmn/feel-external")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(files).filteredOn(f -> f.startsWith("dmn/feel-path")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(files).filteredOn(f -> f.startsWith("dmn/feel-recursion-boxed")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(files).filteredOn(f -> f.startsWith("drl/drl-chained")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(files).filteredOn(f -> f.contains("mvel")).hasSizeGreaterThanOrEqualTo(2);
    }

    /**
     * The control: the payload the DMN attacks carry is real. Compiled in the trusted mode the DMN TCK uses, which no
     * upload reaches, and evaluated, it does create the marker file; the corpus test above is what stops it.
     */
    @Test
    void thePayloadCreatesTheMarkerWhenNothingStopsIt() throws IOException {
        Attack attack = corpus().stream().filter(a -> a.file().equals("dmn/feel-external-comment.dmn"))
                .findFirst().orElseThrow();
        List<Path> before = markers();
        var files = new TreeMap<String, byte[]>(Map.of(attack.bundlePath(), attack.content()));
        DmnModels models = DmnCompiler.compile(files, new ArrayList<>(), DmnCompileOptions.trustedConformance());

        models.evaluate("Attack", "Attack", Map.of(), null);

        List<Path> created = new ArrayList<>(markers());
        created.removeAll(before);
        try {
            assertThat(created).hasSize(1);
        } finally {
            for (Path marker : created) {
                Files.deleteIfExists(marker);
            }
        }
    }

    private static List<Path> markers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith(MARKER_PREFIX)).sorted().toList();
        }
    }
}
