package org.credo.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the sender on a hand-moved clock against a server whose answers the test releases one by one. */
class FixedRateSenderTest {
    private static final long MS = 1_000_000;

    private final ManualTicker clock = new ManualTicker();
    private final HeldServer server = new HeldServer();

    @Test
    void aRequestThatFindsEveryConnectionBusyIsLateQueuedAndTimedFromItsIntendedStart() throws Exception {
        var sender = new FixedRateSender(new Schedule(2, 0, 1), i -> new byte[] {(byte) i}, 1, server, clock);
        sender.run();
        assertThat(server.bodies()).as("request 1, due at 500 ms, waits for the only connection").containsExactly(0);

        clock.now = 800 * MS;
        server.answer(0, 200);
        assertThat(server.bodies()).as("request 1 goes out when request 0 ends").containsExactly(0, 1);
        clock.now = 900 * MS;
        server.answer(1, 200);

        Tally second = sender.seconds()[0];
        assertThat(second.due()).isEqualTo(2);
        assertThat(second.late()).isEqualTo(1);
        assertThat(second.ok()).isEqualTo(2);
        assertThat(second.unfinished()).isZero();
        // request 1: due at 500 ms, sent at 800, answered at 900 -> 400 ms (not the 100 ms it spent on the wire)
        assertThat(second.percentileMillis(0)).isCloseTo(400.0, within(0.5));
        assertThat(second.maxMillis()).isCloseTo(800.0, within(1.0));
    }

    @Test
    void noRequestIsDroppedWhenTheServerFallsBehind() throws Exception {
        var sender = new FixedRateSender(new Schedule(100, 1, 2), i -> new byte[0], 3, server, clock);
        sender.run();
        assertThat(server.bodies()).hasSize(3);
        drain(sender);

        assertThat(server.bodies()).hasSize(300);
        long due = 0;
        for (Tally second : sender.seconds()) {
            due += second.due();
            assertThat(second.unfinished()).isZero();
        }
        assertThat(due).isEqualTo(300);
        assertThat(sender.awaitEnd(0, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void transportErrorsAndNon2xxAnswersAreCountedApartFromOkOnes() throws Exception {
        var sender = new FixedRateSender(new Schedule(3, 0, 1), i -> new byte[0], 3, server, clock);
        sender.run();
        server.answer(0, 204);
        server.answer(1, 503);
        server.futures.get(2).completeExceptionally(new java.io.IOException("connection reset"));

        Tally second = sender.seconds()[0];
        assertThat(second.ok()).isEqualTo(1);
        assertThat(second.non2xx()).isEqualTo(1);
        assertThat(second.transportErrors()).isEqualTo(1);
        assertThat(second.unfinished()).isZero();
    }

    /** Answers every request still open, in order, until none is left. */
    private void drain(FixedRateSender sender) throws InterruptedException {
        for (int i = 0; i < server.futures.size(); i++) {
            server.futures.get(i).complete(200);
        }
        assertThat(sender.awaitEnd(1, TimeUnit.SECONDS)).isTrue();
    }

    private static final class ManualTicker implements FixedRateSender.Ticker {
        long now;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepUntil(long nanos) {
            now = Math.max(now, nanos);
        }
    }

    private static final class HeldServer implements FixedRateSender.Transport {
        final List<CompletableFuture<Integer>> futures = new ArrayList<>();
        final List<Integer> received = new ArrayList<>();

        @Override
        public CompletableFuture<Integer> send(byte[] body) {
            var future = new CompletableFuture<Integer>();
            received.add(body.length == 0 ? futures.size() : (int) body[0]);
            futures.add(future);
            return future;
        }

        List<Integer> bodies() {
            return received;
        }

        void answer(int request, int status) {
            futures.get(request).complete(status);
        }
    }
}
