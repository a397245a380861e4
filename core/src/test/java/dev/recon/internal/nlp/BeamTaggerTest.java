package dev.recon.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The remembering decoder must give OpenNLP's own tags, token for token. */
class BeamTaggerTest {

    private static TokenisedCorpora corpora;
    private static POSModel posModel;

    @BeforeAll
    static void load() throws IOException {
        corpora = new TokenisedCorpora();
        posModel = corpora.pos();
    }

    @Test
    void givesOpenNlpsTagsOnTheCorporaAndDevelopmentClusters() throws IOException {
        BeamTagger ours = new BeamTagger(posModel);
        POSTaggerME theirs = new POSTaggerME(posModel, POSTagFormat.UD);
        int tokens = 0;
        List<String> differences = new ArrayList<>();
        for (TokenisedCorpora.Sentence s : corpora.sentences()) {
            String[] expected = theirs.tag(s.words());
            String[] actual = ours.tag(s.words());
            tokens += s.words().length;
            for (int i = 0; i < s.words().length; i++) {
                if (!expected[i].equals(actual[i])) {
                    differences.add(s.file().getFileName() + ": " + s.words()[i] + " " + expected[i] + " != " + actual[i]);
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(tokens).isGreaterThan(5_000);
    }

    @Test
    void tagsAnEmptySentence() {
        assertThat(new BeamTagger(posModel).tag(new String[0])).isEmpty();
    }
}
