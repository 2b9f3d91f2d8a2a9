package org.credo.service.audit.log;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.service.config.LogConfig;
import org.credo.verifier.SignedCheckpoint;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signs and stores a checkpoint whenever the tree has grown past the latest stored one, checking every
 * {@code credo.log.checkpoint-interval} on every instance. Two instances signing the same size produce the same note
 * (Ed25519 is deterministic) and the table keeps one row per size, so checkpoints stay single whoever issues them.
 */
@ApplicationScoped
public class CheckpointIssuer {
    private static final Logger LOG = Logger.getLogger(CheckpointIssuer.class);

    private final LogStore log;
    private final CheckpointStore checkpoints;
    private final LogSigner signer;
    private final LogConfig config;
    private ScheduledExecutorService scheduler;

    public CheckpointIssuer(LogStore log, CheckpointStore checkpoints, LogSigner signer, LogConfig config) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "credo-checkpoint-issuer");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.checkpointInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void tick() {
        try {
            issue();
        } catch (RuntimeException e) {
            LOG.warnf("no checkpoint issued this time: %s", e.getMessage());
        }
    }

    /** Signs and stores a checkpoint of the current tree unless one of its size (or larger) is stored already. */
    public void issue() {
        LogHead head = log.head();
        long stored = checkpoints.latest().map(CheckpointStore.Stored::treeSize).orElse(0L);
        if (head.treeSize() <= stored) {
            return;
        }
        byte[] root = head.frontier().root();
        SignedCheckpoint signed = signer.sign(head.treeSize(), root);
        checkpoints.storeIfAbsent(new CheckpointStore.Stored(head.treeSize(), root, signed.note()), Instant.now());
    }
}
