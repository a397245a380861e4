package dev.recon.internal;

import dev.recon.Reconciler;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.WordNet;
import dev.recon.nlp.LanguageModels;
import dev.recon.internal.nlp.ModelLoading;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What a reconciler loads before its first run, loading at once on a small pool of daemon threads:
 * WordNet, the four language models and the knowledge base. Loading is most of a short run's time, so
 * a cold start waits for the slowest part rather than for their sum, and a caller that starts loading
 * early ({@link Reconciler.Builder#loadInBackground()}) overlaps it with its own preparations.
 *
 * <p>Used by one builder on one thread; {@link #close()} lets the pool's threads end.
 */
public final class Loading implements AutoCloseable {

    /** Parts that load at once: WordNet, the knowledge base and four models. */
    private static final int MAX_THREADS = 6;
    /** How long a loader thread with nothing left to load waits before it ends. */
    private static final long IDLE_SECONDS = 1;

    private final ExecutorService pool;
    private final Work<WordNet> wordNet;
    private final ModelLoading modelLoading;
    private final LanguageModels givenModels;

    /**
     * Starts loading what is not given, on up to {@code threads} threads.
     *
     * @param models  models already loaded, or null
     * @param wordNet WordNet already loaded, or null
     */
    public Loading(int threads, LanguageModels models, WordNet wordNet) {
        int n = Math.max(1, Math.min(threads, MAX_THREADS));
        ThreadPoolExecutor executor = new ThreadPoolExecutor(n, n, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Threads.daemon("recon-loader"));
        // a builder that starts loading and is never built never closes this; its threads end once idle
        executor.allowCoreThreadTimeOut(true);
        this.pool = executor;
        this.wordNet = wordNet != null ? Threads.done(wordNet) : Threads.start(pool, WordNet::english);
        this.givenModels = models;
        this.modelLoading = models != null ? null : ModelLoading.start(pool);
    }

    /** Starts loading the embedded knowledge base unless {@code given} is one. */
    public Work<KnowledgeBase> knowledgeBase(KnowledgeBase given) {
        return given != null ? Threads.done(given) : Threads.start(pool, KnowledgeBase::embedded);
    }

    public LanguageModels models() {
        return givenModels != null ? givenModels : modelLoading.await();
    }

    public WordNet wordNet() {
        return wordNet.await();
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
