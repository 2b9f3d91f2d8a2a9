package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the Python vectors, as a regulator runs it. */
class VerifierCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aValidReceiptExitsZeroNamingTheDecisionAndTree() {
        assertThat(run("receipt", credo("receipt-valid.json"), "--key", credo("log-key.txt"))).isZero();
        assertThat(stdout()).contains("VALID: decision dec-0005 is leaf 5 of credo.example/decisions at tree size 13");
    }

    @Test
    void aTamperedReceiptExitsOneWithTheReason() {
        assertThat(run("receipt", credo("receipt-tampered-leaf.json"), "--key", credo("log-key.txt"))).isEqualTo(1);
        assertThat(stderr()).contains("INVALID (ROOT_MISMATCH)");
    }

    @Test
    void consistentCheckpointsExitZeroAndARewrittenLogExitsOne() {
        assertThat(run("consistency", credo("checkpoint-8.txt"), credo("checkpoint-21.txt"),
                credo("consistency-8-21.json"), "--key", credo("log-key.txt"))).isZero();
        assertThat(stdout()).contains("at tree size 21").contains("extends tree size 8");
        assertThat(run("consistency", credo("checkpoint-8.txt"), credo("checkpoint-21-rewritten.txt"),
                credo("consistency-8-21-rewritten.json"), "--key", credo("log-key.txt"))).isEqualTo(1);
        assertThat(stderr()).contains("INVALID (ROOT_MISMATCH)");
    }

    @Test
    void aTruncatedExportExitsOneNamingTheFirstMissingIndex() {
        assertThat(run("export", credo("decisions-19-truncated.ndjson"), credo("checkpoint-21.txt"), "--key",
                credo("log-key.txt"))).isEqualTo(1);
        assertThat(stderr()).contains("INVALID (SIZE_MISMATCH)").contains("first failing index: 19");
    }

    @Test
    void aValidExportExitsZero() {
        assertThat(run("export", credo("decisions-21.ndjson"), credo("checkpoint-8.txt"), credo("checkpoint-21.txt"),
                "--key", credo("log-key.txt"))).isZero();
        assertThat(stdout()).contains("the first 21 records");
    }

    @Test
    void aFileThatIsNotUtf8IsInvalidNotACrash(@TempDir Path dir) throws IOException {
        Path receipt = dir.resolve("receipt.json");
        Files.write(receipt, new byte[] {'{', (byte) 0xC3, '}'});
        assertThat(run("receipt", receipt.toString(), "--key", credo("log-key.txt"))).isEqualTo(1);
        assertThat(stderr()).contains("INVALID (MALFORMED)");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(run("receipt", credo("receipt-valid.json"))).isEqualTo(2);
        assertThat(run("receipt", "--key", credo("log-key.txt"))).isEqualTo(2);
        assertThat(run("verify", credo("receipt-valid.json"), "--key", credo("log-key.txt"))).isEqualTo(2);
        assertThat(run("receipt", dir.resolve("absent.json").toString(), "--key", credo("log-key.txt"))).isEqualTo(2);
        Path badKey = Files.writeString(dir.resolve("key.txt"), "not a key\n");
        assertThat(run("receipt", credo("receipt-valid.json"), "--key", badKey.toString())).isEqualTo(2);
        assertThat(stderr()).contains("holds no verifier key");
    }

    private int run(String... args) {
        return new VerifierCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String credo(String name) {
        try {
            return Path.of(VerifierCliTest.class.getResource("/vectors/credo/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
