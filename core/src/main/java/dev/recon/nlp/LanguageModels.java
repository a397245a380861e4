package dev.recon.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models recon uses, loaded once. Models are immutable and thread-safe in OpenNLP 2.5, so
 * one instance is shared by every thread; the per-thread parts live in {@link Annotator}.
 */
public final class LanguageModels {

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;
    private final LemmatizerModel lemmas;
    private final Abbreviations abbreviations = Abbreviations.english();

    public LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.pos = Objects.requireNonNull(pos, "pos");
        this.lemmas = Objects.requireNonNull(lemmas, "lemmas");
    }

    /**
     * Loads the English Universal Dependencies models from the classpath, where the
     * {@code opennlp-models-*-en} dependencies put them, one after another on this thread. Takes a few
     * tenths of a second; call it once.
     *
     * @throws UncheckedIOException when a model is missing or unreadable
     */
    public static LanguageModels english() {
        return english(Runnable::run);
    }

    /**
     * Loads the English models as {@link #english()} does, each as a task of its own on
     * {@code executor}, largest first, so that a pool of threads loads them at once; waits for all four.
     *
     * @throws UncheckedIOException when a model is missing or unreadable
     */
    public static LanguageModels english(Executor executor) {
        return joined(loading(executor));
    }

    /**
     * Starts loading the English models on {@code executor} as {@link #english(Executor)} does, and
     * returns at once; the future completes when all four are loaded, exceptionally with an
     * {@link UncheckedIOException} when one is missing or unreadable.
     */
    public static CompletableFuture<LanguageModels> loading(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        Properties names = new Properties();
        try (InputStream in = LanguageModels.class.getResourceAsStream("models.properties")) {
            names.load(Objects.requireNonNull(in, "models.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the English OpenNLP models", e);
        }
        CompletableFuture<POSModel> pos = load(names, "pos", POSModel::new, executor);
        CompletableFuture<TokenizerModel> tokens = load(names, "tokens", TokenizerModel::new, executor);
        CompletableFuture<LemmatizerModel> lemmas = load(names, "lemmas", LemmatizerModel::new, executor);
        CompletableFuture<SentenceModel> sentences = load(names, "sentence", SentenceModel::new, executor);
        return CompletableFuture.allOf(pos, tokens, lemmas, sentences)
                .thenApply(done -> new LanguageModels(sentences.join(), tokens.join(), pos.join(), lemmas.join()));
    }

    /** Reads a model from a stream; OpenNLP's model constructors have this shape. */
    @FunctionalInterface
    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> CompletableFuture<T> load(Properties names, String key, ModelReader<T> reader, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = open(names, key)) {
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the English OpenNLP models", e);
            }
        }, executor);
    }

    private static <T> T joined(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static InputStream open(Properties names, String key) throws IOException {
        String name = names.getProperty(key);
        InputStream in = name == null ? null : LanguageModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model '" + name + "' for " + key + " is not on the classpath");
        }
        return in;
    }

    /** The four models, for this package's tools. */
    record Parts(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    }

    /** OpenNLP's bare pipeline over these models, the baseline of {@code recon bench}; one per thread. */
    public BareOpenNlp barePipeline() {
        return new BareOpenNlp(new Parts(sentences, tokens, pos, lemmas));
    }

    /** A fresh annotator over these models, for use by one thread. */
    public Annotator newAnnotator() {
        return new Annotator(sentences, tokens, pos, lemmas, abbreviations);
    }

    /**
     * {@code count} fresh annotators over these models, one for each thread of one piece of work, that
     * share what they have annotated: each is used by one thread, the caches by all of them.
     */
    public List<Annotator> newAnnotators(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        Map<String, List<Token>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();
        List<Annotator> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Annotator(sentences, tokens, pos, lemmas, abbreviations, seen, strings));
        }
        return List.copyOf(out);
    }
}
