package dev.recon;

import dev.recon.kb.KnowledgeBase;
import dev.recon.lexicon.WordNet;
import dev.recon.nlp.LanguageModels;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * What a reconciler loads before its first run, loading at once on a small pool of daemon threads:
 * WordNet, the four language models and the knowledge base. Loading is most of a short run's time, so
 * a cold start waits for the slowest part rather than for their sum, and a caller that starts loading
 * early ({@link Reconciler.Builder#loadInBackground()}) overlaps it with its own preparations.
 *
 * <p>Used by one builder on one thread; {@link #close()} lets the pool's threads end.
 */
final class Loading implements AutoCloseable {

    /** Parts that load at once: WordNet, the knowledge base and four models. */
    private static final int MAX_THREADS = 6;

    private final ExecutorService pool;
    private final Future<WordNet> wordNet;
    private final Future<LanguageModels> models;

    /**
     * Starts loading what is not given, on up to {@code threads} threads.
     *
     * @param models  models already loaded, or null
     * @param wordNet WordNet already loaded, or null
     */
    Loading(int threads, LanguageModels models, WordNet wordNet) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, MAX_THREADS)), daemon("recon-loader"));
        this.wordNet = wordNet != null ? CompletableFuture.completedFuture(wordNet) : pool.submit(WordNet::english);
        this.models = models != null ? CompletableFuture.completedFuture(models) : LanguageModels.loading(pool);
    }

    /** Starts loading the embedded knowledge base unless {@code given} is one. */
    Future<KnowledgeBase> knowledgeBase(KnowledgeBase given) {
        return given != null ? CompletableFuture.completedFuture(given) : pool.submit(KnowledgeBase::embedded);
    }

    LanguageModels models() {
        return loaded(models);
    }

    WordNet wordNet() {
        return loaded(wordNet);
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    /** Waits for {@code loading}, failing as the loading thread failed. */
    static <T> T loaded(Future<T> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another thread", e);
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    /**
     * The failure of work done on another thread, as the calling thread would have seen it: the same
     * runtime exception or error, so callers (and the CLI's exit codes) see what one thread gives.
     */
    static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e.getCause());
    }

    /** Daemon threads named {@code name}: a pool left behind never keeps the JVM alive. */
    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
