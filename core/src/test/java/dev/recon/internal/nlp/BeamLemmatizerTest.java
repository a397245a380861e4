package dev.recon.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The top-k decoder must give OpenNLP's own lemmas, token for token. */
class BeamLemmatizerTest {

    private static TokenisedCorpora corpora;
    private static LemmatizerModel lemmas;
    private static POSTaggerME tagger;

    @BeforeAll
    static void load() throws IOException {
        corpora = new TokenisedCorpora();
        lemmas = corpora.lemmas();
        tagger = new POSTaggerME(corpora.pos(), POSTagFormat.UD);
    }

    @Test
    void givesOpenNlpsLemmasOnTheCorporaAndDevelopmentClusters() throws IOException {
        BeamLemmatizer ours = new BeamLemmatizer(lemmas);
        LemmatizerME theirs = new LemmatizerME(lemmas);
        int tokens = 0;
        List<String> differences = new ArrayList<>();
        for (TokenisedCorpora.Sentence s : corpora.sentences()) {
            String[] words = s.words();
            String[] tags = tagger.tag(words);
            String[] expected = theirs.lemmatize(words, tags);
            String[] actual = ours.lemmatize(words, tags);
            tokens += words.length;
            for (int i = 0; i < words.length; i++) {
                if (!expected[i].equals(actual[i])) {
                    differences.add(s.file().getFileName() + ": " + words[i] + "/" + tags[i] + " " + expected[i] + " != " + actual[i]);
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(tokens).isGreaterThan(5_000);
    }

    @Test
    void lemmatisesAnEmptySentence() {
        assertThat(new BeamLemmatizer(lemmas).lemmatize(new String[0], new String[0])).isEmpty();
    }

    @Test
    void refusesTagsThatDoNotMatchTheTokens() {
        assertThatThrownBy(() -> new BeamLemmatizer(lemmas).lemmatize(new String[] {"ran"}, new String[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
