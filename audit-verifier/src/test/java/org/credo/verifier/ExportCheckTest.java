package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.credo.verifier.ProofException.Reason;
import org.junit.jupiter.api.Test;

class ExportCheckTest {
    private static final List<byte[]> LEAVES = Fixtures.leaves();

    @Test
    void thePythonExportIsWhatThePythonCheckpointsSigned() throws IOException, ProofException {
        ExportCheck.Result result = check(Fixtures.credo("decisions-21.ndjson"),
                signed("checkpoint-8.txt"), signed("checkpoint-13.txt"), signed("checkpoint-21.txt"));
        assertThat(result.valid()).isTrue();
        assertThat(result.lines()).isEqualTo(21);
        assertThat(result.verifiedSize()).isEqualTo(21);
    }

    @Test
    void aRewrittenRecordIsPinnedBetweenTheCheckpointsAroundIt() throws IOException, ProofException {
        ExportCheck.Result result = check(Fixtures.credo("decisions-21-rewritten.ndjson"),
                signed("checkpoint-8.txt"), signed("checkpoint-13.txt"), signed("checkpoint-21.txt"));
        assertThat(result.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.reason()).isEqualTo(Reason.ROOT_MISMATCH);
            assertThat(failure.firstIndex()).isZero();
            assertThat(failure.lastIndex()).isEqualTo(7);
        });
    }

    @Test
    void checkpointsOfEverySizePinTheRewrittenRecordExactly() throws IOException {
        List<Checkpoint> everySize = new ArrayList<>();
        for (int size = 0; size <= 21; size++) {
            everySize.add(Fixtures.checkpointOf(LEAVES, size));
        }
        ExportCheck.Result result = check(Fixtures.credo("decisions-21-rewritten.ndjson"), everySize);
        assertThat(result.verifiedSize()).isEqualTo(3);
        assertThat(result.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.firstIndex()).isEqualTo(3);
            assertThat(failure.lastIndex()).isEqualTo(3);
        });
    }

    @Test
    void aTruncatedExportNamesTheFirstMissingRecord() throws IOException, ProofException {
        ExportCheck.Result result = check(Fixtures.credo("decisions-19-truncated.ndjson"),
                signed("checkpoint-13.txt"), signed("checkpoint-21.txt"));
        assertThat(result.verifiedSize()).isEqualTo(13);
        assertThat(result.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.reason()).isEqualTo(Reason.SIZE_MISMATCH);
            assertThat(failure.firstIndex()).isEqualTo(19);
        });
    }

    @Test
    void recordsBeyondTheCheckpointAreCountedButNotVouchedFor() throws IOException, ProofException {
        ExportCheck.Result result = check(Fixtures.credo("decisions-21.ndjson"), signed("checkpoint-13.txt"));
        assertThat(result.valid()).isTrue();
        assertThat(result.lines()).isEqualTo(21);
        assertThat(result.verifiedSize()).isEqualTo(13);
    }

    @Test
    void aMissingFinalNewlineChangesNothingButACarriageReturnChangesTheLeaf() throws IOException, ProofException {
        String export = Fixtures.credo("decisions-21.ndjson");
        assertThat(check(export.substring(0, export.length() - 1), signed("checkpoint-21.txt")).valid()).isTrue();
        assertThat(check(export.replace("\n", "\r\n"), signed("checkpoint-21.txt")).failure()).isPresent();
    }

    @Test
    void anEmptyExportMatchesOnlyTheEmptyTree() throws IOException {
        assertThat(check("", List.of(Fixtures.checkpointOf(LEAVES, 0))).valid()).isTrue();
        assertThat(check("", List.of(Fixtures.checkpointOf(LEAVES, 1))).failure())
                .hasValueSatisfying(failure -> assertThat(failure.firstIndex()).isZero());
    }

    @Test
    void aLongExportStreamsToTheRootOfAllItsLines() throws IOException {
        int n = 5_000;
        StringBuilder export = new StringBuilder();
        List<byte[]> leafHashes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String line = "{\"decisionId\":\"d-" + i + "\"}";
            export.append(line).append('\n');
            leafHashes.add(MerkleHash.leafHash(line.getBytes(StandardCharsets.UTF_8)));
        }
        Checkpoint checkpoint = new Checkpoint(Fixtures.ORIGIN, n, MerkleHash.rootOf(leafHashes));
        assertThat(check(export.toString(), List.of(checkpoint)).valid()).isTrue();
    }

    private static Checkpoint signed(String fixture) throws ProofException {
        return SignedCheckpoint.verify(Fixtures.credo(fixture), Fixtures.logKey()).checkpoint();
    }

    private static ExportCheck.Result check(String export, Checkpoint... checkpoints) throws IOException {
        return check(export, List.of(checkpoints));
    }

    private static ExportCheck.Result check(String export, List<Checkpoint> checkpoints) throws IOException {
        return ExportCheck.verify(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)), checkpoints);
    }
}
