package dev.recon.internal;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * Work handed to other threads, seen as one thread would see it: waiting for a result rethrows the same
 * runtime exception or error the work threw, so callers (and the CLI's exit codes) behave alike whatever
 * the number of threads. See {@link Work} for why recon does not use the JDK's futures for this.
 */
public final class Threads {

    private Threads() {
    }

    /** Starts {@code body} on {@code executor}; its result is had with {@link Work#await()}. */
    public static <T> Work<T> start(Executor executor, Callable<T> body) {
        Work<T> work = new Work<>(body);
        executor.execute(work);
        return work;
    }

    /** Starts {@code body} on {@code executor}, for its effects. */
    public static Work<Void> run(Executor executor, Runnable body) {
        return start(executor, () -> {
            body.run();
            return null;
        });
    }

    /** Work already done, with {@code value} as its result. */
    public static <T> Work<T> done(T value) {
        Work<T> work = new Work<>(() -> value);
        work.run();
        return work;
    }

    /** Waits for every piece of {@code work}, in order; the first failure met is rethrown. */
    public static void awaitAll(List<? extends Work<?>> work) {
        for (Work<?> w : work) {
            w.await();
        }
    }

    /**
     * Daemon threads named {@code name}: a pool left behind never keeps the JVM alive.
     *
     * <p>They print nothing when they die. All work reaches them as {@link Work}, which holds its failure
     * for the caller; what still escapes is the pool's own machinery failing, in practice running out of
     * memory, and the JDK's default would print that as a stack trace on standard error, which library
     * code must not do. The caller meets the same condition on its own thread and reports it there.
     */
    public static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(SILENT);
            return t;
        };
    }

    private static final Thread.UncaughtExceptionHandler SILENT = (thread, failure) -> { };
}
