package dev.recon.internal.nlp;

import dev.recon.internal.Threads;
import dev.recon.internal.Work;
import dev.recon.nlp.LanguageModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executor;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four English models loading at once, each as a task of its own on an executor, largest first, so
 * that a pool of threads loads them together; {@link #await()} gives them as one {@link LanguageModels}.
 * The models are found on the classpath through the names in {@code models.properties} beside
 * {@link LanguageModels}, where the {@code opennlp-models-*-en} dependencies put them.
 */
public final class ModelLoading {

    static {
        // before any OpenNLP class is loaded, since those create their loggers as they load
        QuietLogging.applyWhenNoBackend();
    }

    private static final String FAILURE = "cannot load the English OpenNLP models";

    private final Work<POSModel> pos;
    private final Work<TokenizerModel> tokens;
    private final Work<LemmatizerModel> lemmas;
    private final Work<SentenceModel> sentences;

    private ModelLoading(Properties names, Executor executor) {
        pos = load(names, "pos", POSModel::new, executor);
        tokens = load(names, "tokens", TokenizerModel::new, executor);
        lemmas = load(names, "lemmas", LemmatizerModel::new, executor);
        sentences = load(names, "sentence", SentenceModel::new, executor);
    }

    /**
     * Starts loading the models on {@code executor} and returns at once.
     *
     * @throws UncheckedIOException when the list of models cannot be read
     */
    public static ModelLoading start(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        Properties names = new Properties();
        try (InputStream in = LanguageModels.class.getResourceAsStream("models.properties")) {
            names.load(Objects.requireNonNull(in, "models.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(FAILURE, e);
        }
        return new ModelLoading(names, executor);
    }

    /**
     * Waits for the four models.
     *
     * @throws UncheckedIOException when a model is missing or unreadable
     */
    public LanguageModels await() {
        return new LanguageModels(sentences.await(), tokens.await(), pos.await(), lemmas.await());
    }

    /** Reads a model from a stream; OpenNLP's model constructors have this shape. */
    @FunctionalInterface
    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> Work<T> load(Properties names, String key, ModelReader<T> reader, Executor executor) {
        return Threads.start(executor, () -> {
            try (InputStream in = open(names, key)) {
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(FAILURE, e);
            }
        });
    }

    private static InputStream open(Properties names, String key) throws IOException {
        String name = names.getProperty(key);
        InputStream in = name == null ? null : LanguageModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model '" + name + "' for " + key + " is not on the classpath");
        }
        return in;
    }
}
