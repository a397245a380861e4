package dev.recon.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The remembering decoder must give OpenNLP's own tags, token for token. */
class BeamTaggerTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private static SentenceDetectorME sentences;
    private static TokenizerME tokenizer;
    private static POSModel posModel;

    @BeforeAll
    static void load() throws IOException {
        Properties names = new Properties();
        try (InputStream in = LanguageModels.class.getResourceAsStream("models.properties")) {
            names.load(in);
        }
        sentences = new SentenceDetectorME(new SentenceModel(model(names, "sentence")));
        tokenizer = new TokenizerME(new TokenizerModel(model(names, "tokens")));
        posModel = new POSModel(model(names, "pos"));
    }

    private static InputStream model(Properties names, String key) {
        return LanguageModels.class.getClassLoader().getResourceAsStream(names.getProperty(key));
    }

    @Test
    void givesOpenNlpsTagsOnTheCorporaAndDevelopmentClusters() throws IOException {
        List<Path> texts = new ArrayList<>(texts(ROOT.resolve("corpus")));
        assertThat(texts).hasSizeGreaterThan(5);
        // the development clusters sit beside the repository in CI and in a developer's checkout
        Path clusters = ROOT.resolve("../shared/dev-clusters").normalize();
        if (Files.isDirectory(clusters)) {
            texts.addAll(texts(clusters));
        }
        BeamTagger ours = new BeamTagger(posModel);
        POSTaggerME theirs = new POSTaggerME(posModel, POSTagFormat.UD);
        int tokens = 0;
        List<String> differences = new ArrayList<>();
        for (Path p : texts) {
            for (String sentence : sentences.sentDetect(Files.readString(p, StandardCharsets.UTF_8))) {
                String[] words = tokenizer.tokenize(sentence);
                String[] expected = theirs.tag(words);
                String[] actual = ours.tag(words);
                tokens += words.length;
                for (int i = 0; i < words.length; i++) {
                    if (!expected[i].equals(actual[i])) {
                        differences.add(p.getFileName() + ": " + words[i] + " " + expected[i] + " != " + actual[i]);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(tokens).isGreaterThan(5_000);
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void tagsAnEmptySentence() {
        assertThat(new BeamTagger(posModel).tag(new String[0])).isEmpty();
    }
}
