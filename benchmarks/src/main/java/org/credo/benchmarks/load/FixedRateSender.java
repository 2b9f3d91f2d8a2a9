package org.credo.benchmarks.load;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Sends requests at the intended start times of a {@link Schedule}, over at most {@code connections} requests in
 * flight. A request whose intended start finds every connection busy is counted late and queued; it is sent, oldest
 * first, as soon as a connection frees. Every latency runs from the intended start, so a server that stalls is charged
 * for the requests it kept waiting (no coordinated omission), and no request is ever dropped.
 */
public final class FixedRateSender {

    /** Sends one request body; completes with the HTTP status, or exceptionally when no response came. */
    public interface Transport {
        CompletableFuture<Integer> send(byte[] body);
    }

    /** The run's clock. */
    public interface Ticker {
        long nanoTime();

        /** Returns at or soon after {@code nanos}. */
        void sleepUntil(long nanos);

        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepUntil(long nanos) {
                for (long wait = nanos - System.nanoTime(); wait > 0; wait = nanos - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
            }
        };
    }

    private final Schedule schedule;
    private final IntFunction<byte[]> bodies;
    private final Transport transport;
    private final Ticker ticker;
    private final Tally[] seconds;
    private final ArrayDeque<Integer> waiting = new ArrayDeque<>();
    private final CountDownLatch ended;
    private int freeConnections;
    private volatile long startNanos;

    /** @param bodies request {@code i}'s body; called once per request, before the run's clock starts */
    public FixedRateSender(Schedule schedule, IntFunction<byte[]> bodies, int connections, Transport transport,
            Ticker ticker) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be >= 1");
        }
        this.schedule = schedule;
        this.bodies = bodies;
        this.transport = transport;
        this.ticker = ticker;
        this.freeConnections = connections;
        this.seconds = new Tally[schedule.warmupSeconds() + schedule.durationSeconds()];
        for (int s = 0; s < seconds.length; s++) {
            seconds[s] = new Tally();
        }
        this.ended = new CountDownLatch(schedule.requests());
    }

    /**
     * Sends every request of the schedule at its intended start and returns after the last one is due; answers may
     * still be on their way ({@link #awaitEnd}).
     */
    public void run() {
        byte[][] prepared = new byte[schedule.requests()][];
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = bodies.apply(i);
        }
        startNanos = ticker.nanoTime();
        for (int i = 0; i < prepared.length; i++) {
            ticker.sleepUntil(startNanos + schedule.offsetNanos(i));
            boolean connectionFree;
            synchronized (this) {
                connectionFree = freeConnections > 0;
                if (connectionFree) {
                    freeConnections--;
                } else {
                    waiting.add(i);
                }
            }
            tally(i).due(!connectionFree);
            if (connectionFree) {
                send(i, prepared);
            }
        }
    }

    /** Waits up to {@code timeout} for every request to end; false if some did not. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    /** The run's start on its clock. */
    public long startNanos() {
        return startNanos;
    }

    /** The tally of each second of the run, warm-up seconds first. */
    public Tally[] seconds() {
        return seconds.clone();
    }

    private void send(int i, byte[][] prepared) {
        long intended = startNanos + schedule.offsetNanos(i);
        CompletableFuture<Integer> answer;
        try {
            answer = transport.send(prepared[i]);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        prepared[i] = null;
        answer.whenComplete((status, error) -> {
            long now = ticker.nanoTime();
            tally(i).completed(now - intended, error == null ? status : 0, now);
            ended.countDown();
            Integer next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    freeConnections++;
                }
            }
            if (next != null) {
                send(next, prepared);
            }
        });
    }

    private Tally tally(int i) {
        return seconds[schedule.second(i) + schedule.warmupSeconds()];
    }
}
