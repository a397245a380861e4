package dev.recon.nlp;

import dev.recon.internal.nlp.ModelLoading;
import dev.recon.internal.nlp.QuietLogging;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models recon uses, loaded once. Models are immutable and thread-safe in OpenNLP 2.5, so
 * one instance is shared by every thread; the per-thread tools are made from it.
 */
public final class LanguageModels {

    static {
        // before any OpenNLP class is loaded, since those create their loggers as they load
        QuietLogging.applyWhenNoBackend();
    }

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;
    private final LemmatizerModel lemmas;

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
        return ModelLoading.start(executor).await();
    }

    /** The sentence detector's model. */
    public SentenceModel sentenceModel() {
        return sentences;
    }

    /** The tokenizer's model. */
    public TokenizerModel tokenizerModel() {
        return tokens;
    }

    /** The part-of-speech tagger's model (Universal Dependencies tags). */
    public POSModel posModel() {
        return pos;
    }

    /** The lemmatizer's model. */
    public LemmatizerModel lemmatizerModel() {
        return lemmas;
    }
}
