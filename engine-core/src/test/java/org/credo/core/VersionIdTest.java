package org.credo.core;

import org.credo.core.fixture.EditedBundle;
import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionIdTest {

    @Test
    void theSameContentCompilesToTheSameVersionId() {
        var first = new RuleSetCompiler(Fixtures.options()).compile(Fixtures.bundle("credit"));
        var second = new RuleSetCompiler(Fixtures.options()).compile(Bundle.fromZip(Fixtures.bundle("credit").toZip()));

        assertThat(second.versionId()).isEqualTo(first.versionId());
        assertThat(second.ruleSet().orElseThrow().version()).isEqualTo(first.ruleSet().orElseThrow().version());
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkDoNotChangeTheVersionId() {
        Bundle original = Fixtures.bundle("credit");
        var windows = new HashMap<String, byte[]>();
        original.files().forEach((path, content) -> {
            String crlf = new String(content, StandardCharsets.UTF_8).replace("\n", "\r\n");
            windows.put(path, ("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8));
        });

        assertThat(Bundle.of(windows).versionId()).isEqualTo(original.versionId());
    }

    @Test
    void oneChangedCharacterChangesTheVersionId() {
        Bundle changed = EditedBundle.of("credit")
                .replacing("rules/credit.drl", "@validTo(\"2021-10-31\")", "@validTo(\"2021-10-30\")").bundle();

        assertThat(changed.versionId()).isNotEqualTo(Fixtures.bundle("credit").versionId());
    }

    @Test
    void aRenamedFileChangesTheVersionId() {
        Map<String, byte[]> files = new HashMap<>(Fixtures.bundle("credit").files());
        files.put("rules/credit-renamed.drl", files.remove("rules/credit.drl"));

        assertThat(Bundle.of(files).versionId()).isNotEqualTo(Fixtures.bundle("credit").versionId());
    }
}
