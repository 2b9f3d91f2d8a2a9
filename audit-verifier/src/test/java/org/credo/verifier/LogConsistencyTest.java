package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.credo.verifier.ProofException.Reason;
import org.junit.jupiter.api.Test;

class LogConsistencyTest {
    @Test
    void thePythonProofsShowTheLogOf21ExtendsItsCheckpointsOf8And13() throws ProofException {
        Checkpoint newer = checkpoint("checkpoint-21.txt");
        LogConsistency.parse(Fixtures.credo("consistency-8-21.json")).verify(checkpoint("checkpoint-8.txt"), newer);
        LogConsistency.parse(Fixtures.credo("consistency-13-21.json")).verify(checkpoint("checkpoint-13.txt"), newer);
    }

    @Test
    void aRewrittenHistoryReSignedByTheLogDoesNotExtendTheOldCheckpoint() throws ProofException {
        LogConsistency rewritten = LogConsistency.parse(Fixtures.credo("consistency-8-21-rewritten.json"));
        assertRefused(rewritten, checkpoint("checkpoint-8.txt"), checkpoint("checkpoint-21-rewritten.txt"),
                Reason.ROOT_MISMATCH);
        LogConsistency honest = LogConsistency.parse(Fixtures.credo("consistency-8-21.json"));
        assertRefused(honest, checkpoint("checkpoint-8.txt"), checkpoint("checkpoint-21-rewritten.txt"),
                Reason.ROOT_MISMATCH);
    }

    @Test
    void aTruncatedLogIsRefusedWhateverProofComesWithIt() throws ProofException {
        assertRefused(new LogConsistency(21, 13, List.of()), checkpoint("checkpoint-21.txt"),
                checkpoint("checkpoint-13.txt"), Reason.WRONG_SIZE);
        assertRefused(LogConsistency.parse(Fixtures.credo("consistency-13-21.json")), checkpoint("checkpoint-21.txt"),
                checkpoint("checkpoint-13.txt"), Reason.WRONG_SIZE);
    }

    @Test
    void aProofForOtherSizesOrAnotherLogIsRefused() throws ProofException {
        LogConsistency proof = LogConsistency.parse(Fixtures.credo("consistency-8-21.json"));
        assertRefused(proof, checkpoint("checkpoint-13.txt"), checkpoint("checkpoint-21.txt"), Reason.SIZE_MISMATCH);
        Checkpoint eight = checkpoint("checkpoint-8.txt");
        Checkpoint otherLog = new Checkpoint("elsewhere.example/log", 21, checkpoint("checkpoint-21.txt").rootHash());
        assertRefused(proof, eight, otherLog, Reason.ORIGIN_MISMATCH);
    }

    @Test
    void eachProofHashMatters() throws ProofException {
        LogConsistency proof = LogConsistency.parse(Fixtures.credo("consistency-8-21.json"));
        for (int i = 0; i < proof.proof().size(); i++) {
            List<String> hashes = new ArrayList<>(proof.proof());
            hashes.set(i, Vectors.flipBase64(hashes.get(i)));
            assertRefused(new LogConsistency(8, 21, hashes), checkpoint("checkpoint-8.txt"),
                    checkpoint("checkpoint-21.txt"), Reason.ROOT_MISMATCH);
        }
        assertThat(Base64.getDecoder().decode(proof.proof().get(0))).hasSize(32);
    }

    private static Checkpoint checkpoint(String fixture) throws ProofException {
        return SignedCheckpoint.verify(Fixtures.credo(fixture), Fixtures.logKey()).checkpoint();
    }

    private static void assertRefused(LogConsistency proof, Checkpoint older, Checkpoint newer, Reason reason) {
        assertThatThrownBy(() -> proof.verify(older, newer))
                .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
