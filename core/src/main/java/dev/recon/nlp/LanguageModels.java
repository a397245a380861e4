package dev.recon.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
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
     * {@code opennlp-models-*-en} dependencies put them. Takes about a second; call it once.
     *
     * @throws UncheckedIOException when a model is missing or unreadable
     */
    public static LanguageModels english() {
        Properties names = new Properties();
        try (InputStream in = LanguageModels.class.getResourceAsStream("models.properties")) {
            names.load(Objects.requireNonNull(in, "models.properties"));
            return new LanguageModels(
                    new SentenceModel(open(names, "sentence")),
                    new TokenizerModel(open(names, "tokens")),
                    new POSModel(open(names, "pos")),
                    new LemmatizerModel(open(names, "lemmas")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the English OpenNLP models", e);
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
}
