package dev.recon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ThreadsTest {

    /**
     * CI run of 2026-11-23: in a JVM with a tiny heap a loader thread died of OutOfMemoryError outside its
     * future, and the JDK printed its stack trace beside the CLI's one-line error.
     */
    @Test
    void aDaemonThreadThatDiesPrintsNothing() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Thread t = Threads.daemon("recon-test").newThread(() -> {
                throw new OutOfMemoryError("Java heap space");
            });
            t.start();
            t.join();
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theCallerSeesTheFailureOfWorkOnThePoolAsItWasThrown() {
        ExecutorService pool = Executors.newSingleThreadExecutor(Threads.daemon("recon-test"));
        try {
            Work<Object> oom = Threads.start(pool, () -> {
                throw new OutOfMemoryError("Java heap space");
            });
            assertThatThrownBy(oom::await).isInstanceOf(OutOfMemoryError.class);
            Work<Object> bug = Threads.start(pool, () -> {
                throw new IllegalArgumentException("bad");
            });
            assertThatThrownBy(bug::await).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
            Work<Object> checked = Threads.start(pool, () -> {
                throw new java.io.IOException("unreadable");
            });
            assertThatThrownBy(checked::await).isInstanceOf(IllegalStateException.class)
                    .hasCauseInstanceOf(java.io.IOException.class);
            assertThat(Threads.start(pool, () -> "read").await()).isEqualTo("read");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void workRunsOnTheCallersThreadWhenTheExecutorDoesSo() {
        Thread caller = Thread.currentThread();
        Work<Thread> work = Threads.start(Runnable::run, Thread::currentThread);
        assertThat(work.await()).isSameAs(caller);
        assertThat(Threads.done("given").await()).isEqualTo("given");
    }

    @Test
    void awaitAllRethrowsTheFirstFailureInOrder() {
        Work<Void> ok = Threads.run(Runnable::run, () -> { });
        Work<Void> first = Threads.run(Runnable::run, () -> {
            throw new IllegalStateException("first");
        });
        Work<Void> second = Threads.run(Runnable::run, () -> {
            throw new IllegalStateException("second");
        });
        assertThatThrownBy(() -> Threads.awaitAll(java.util.List.of(ok, first, second))).hasMessage("first");
    }
}
