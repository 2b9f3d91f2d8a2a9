package org.credo.benchmarks.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closed-loop load while a fault happens: a few threads each post fresh inspection declarations, one after another,
 * until stopped, and keep every answer (or the lack of one); after a failed connection a thread pauses 50 ms rather
 * than spin. Ids are {@code <label>-<thread>-<n>}, unique per run.
 */
final class ClosedLoad implements AutoCloseable {
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    ClosedLoad(Client client, String label, int threadCount) {
        for (int t = 0; t < threadCount; t++) {
            String prefix = label + "-" + t + "-";
            Thread thread = new Thread(() -> {
                for (int n = 0; running.get(); n++) {
                    Answer answer = client.inspect(prefix + n);
                    answers.add(answer);
                    if (!answer.answered()) {
                        pause();
                    }
                }
            }, "fault-load-" + t);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops sending, waits for the requests in flight to be answered or to fail, and returns every answer. */
    List<Answer> stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return List.copyOf(answers);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
