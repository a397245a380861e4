package dev.recon.internal;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * One piece of work for another thread, and its result for the thread that waits.
 *
 * <p>Why not a {@code FutureTask} or {@code CompletableFuture}: under memory pressure they can fail to
 * complete. A {@code CompletableFuture} allocates a wrapper to record a failure, and a {@code FutureTask}
 * links its {@code VarHandle}s the first time one fails, which allocates too; when that allocation throws,
 * the future stays incomplete and its waiter waits for ever (a CLI run with a 32 MB heap hung so on
 * 2026-11-23). Completing a {@code Work} allocates nothing on the Java heap: the result or failure is
 * stored in fields and the waiter is woken through this object's monitor.
 *
 * <p>Thread-safe: {@link #run()} runs once, on any thread; {@link #await()} may be called from any number.
 */
public final class Work<T> implements Runnable {

    private final Callable<T> body;
    private T value;
    private Throwable failure;
    private boolean done;

    Work(Callable<T> body) {
        this.body = Objects.requireNonNull(body, "body");
    }

    /** Runs the body and records what it returned or threw; never throws. */
    @Override
    public void run() {
        T v = null;
        Throwable f = null;
        try {
            v = body.call();
        } catch (Throwable t) {
            f = t;
        }
        synchronized (this) {
            value = v;
            failure = f;
            done = true;
            notifyAll();
        }
    }

    /**
     * Waits for the work and returns its result. A runtime exception or error it threw is rethrown as it
     * was, so callers behave alike whatever the number of threads; a checked exception comes wrapped in an
     * {@link IllegalStateException}.
     */
    public T await() {
        Throwable f;
        synchronized (this) {
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for another thread", e);
                }
            }
            f = failure;
        }
        if (f == null) {
            return value;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(f.getMessage(), f);
    }
}
