package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the Python vectors, as a regulator runs it. */
class VerifierCliTest {
    private static final String KEY = Fixtures.credoPath("log-key.txt");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aValidReceiptExitsZeroNamingTheDecisionAndTree() {
        assertThat(verify("receipt", "receipt-valid.json")).isZero();
        assertThat(stdout()).contains("VALID: decision dec-0005 is leaf 5 of credo.example/decisions at tree size 13");
    }

    @Test
    void aTamperedReceiptExitsOneWithTheReason() {
        assertThat(verify("receipt", "receipt-tampered-leaf.json")).isEqualTo(1);
        assertThat(stderr()).contains("INVALID (ROOT_MISMATCH)");
    }

    @Test
    void consistentCheckpointsExitZeroAndARewrittenLogExitsOne() {
        assertThat(verify("consistency", "checkpoint-8.txt", "checkpoint-21.txt", "consistency-8-21.json")).isZero();
        assertThat(stdout()).contains("at tree size 21").contains("extends tree size 8");
        assertThat(verify("consistency", "checkpoint-8.txt", "checkpoint-21-rewritten.txt",
                "consistency-8-21-rewritten.json")).isEqualTo(1);
        assertThat(stderr()).contains("INVALID (ROOT_MISMATCH)");
    }

    @Test
    void aTruncatedExportExitsOneNamingTheFirstMissingIndex() {
        assertThat(verify("export", "decisions-19-truncated.ndjson", "checkpoint-21.txt")).isEqualTo(1);
        assertThat(stderr()).contains("INVALID (SIZE_MISMATCH)").contains("first failing index: 19");
    }

    @Test
    void aValidExportExitsZero() {
        assertThat(verify("export", "decisions-21.ndjson", "checkpoint-8.txt", "checkpoint-21.txt")).isZero();
        assertThat(stdout()).contains("the first 21 records");
    }

    @Test
    void aFileThatIsNotUtf8IsInvalidNotACrash(@TempDir Path dir) throws IOException {
        Path receipt = dir.resolve("receipt.json");
        Files.write(receipt, new byte[] {'{', (byte) 0xC3, '}'});
        assertThat(run("receipt", receipt.toString(), "--key", KEY)).isEqualTo(1);
        assertThat(stderr()).contains("INVALID (MALFORMED)");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws IOException {
        String receipt = Fixtures.credoPath("receipt-valid.json");
        assertThat(run()).isEqualTo(2);
        assertThat(run("receipt", receipt)).isEqualTo(2);
        assertThat(run("receipt", "--key", KEY)).isEqualTo(2);
        assertThat(run("verify", receipt, "--key", KEY)).isEqualTo(2);
        assertThat(run("receipt", dir.resolve("absent.json").toString(), "--key", KEY)).isEqualTo(2);
        Path badKey = Files.writeString(dir.resolve("key.txt"), "not a key\n");
        assertThat(run("receipt", receipt, "--key", badKey.toString())).isEqualTo(2);
        assertThat(stderr()).contains("holds no verifier key");
    }

    /** Runs {@code command} on the named vectors with the vectors' log key. */
    private int verify(String command, String... vectors) {
        List<String> args = new ArrayList<>(List.of(command));
        for (String vector : vectors) {
            args.add(Fixtures.credoPath(vector));
        }
        args.addAll(List.of("--key", KEY));
        return run(args.toArray(String[]::new));
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
}
