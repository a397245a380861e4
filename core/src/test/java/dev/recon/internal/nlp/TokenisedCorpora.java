package dev.recon.internal.nlp;

import dev.recon.nlp.LanguageModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The bundled OpenNLP models and the tokenised sentences of every corpus text (and of the development
 * clusters when they sit beside the repository): what the decoder tests compare recon's tagging and
 * lemmatising against OpenNLP's on.
 */
final class TokenisedCorpora {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private final Properties names = new Properties();
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;

    /** One tokenised sentence and the file it comes from. */
    record Sentence(Path file, String[] words) {
    }

    TokenisedCorpora() {
        try (InputStream in = LanguageModels.class.getResourceAsStream("models.properties")) {
            names.load(in);
            sentences = new SentenceDetectorME(new SentenceModel(model("sentence")));
            tokenizer = new TokenizerME(new TokenizerModel(model("tokens")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    POSModel pos() throws IOException {
        return new POSModel(model("pos"));
    }

    LemmatizerModel lemmas() throws IOException {
        return new LemmatizerModel(model("lemmas"));
    }

    private InputStream model(String key) {
        return LanguageModels.class.getClassLoader().getResourceAsStream(names.getProperty(key));
    }

    /** Every sentence of the corpora, then of the development clusters, tokenised, in file order. */
    List<Sentence> sentences() throws IOException {
        List<Path> texts = new ArrayList<>(texts(ROOT.resolve("corpus")));
        if (texts.size() < 5) {
            throw new IllegalStateException("the bundled corpora are missing under " + ROOT);
        }
        // the development clusters sit beside the repository in CI and in a developer's checkout
        Path clusters = ROOT.resolve("../shared/dev-clusters").normalize();
        if (Files.isDirectory(clusters)) {
            texts.addAll(texts(clusters));
        }
        List<Sentence> out = new ArrayList<>();
        for (Path p : texts) {
            for (String sentence : sentences.sentDetect(Files.readString(p, StandardCharsets.UTF_8))) {
                out.add(new Sentence(p, tokenizer.tokenize(sentence)));
            }
        }
        return out;
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
