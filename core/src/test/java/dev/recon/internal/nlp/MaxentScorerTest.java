package dev.recon.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorer must give the model's own probabilities, to within the last digits of a double. */
class MaxentScorerTest {

    /** Math.exp and StrictMath.exp differ by at most an ulp; sums of 860 of them by a few. */
    private static final double RELATIVE = 1e-12;

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
    void scoresLemmatiserContextsAsTheModelDoes() throws IOException {
        MaxentModel model = (MaxentModel) lemmas.getArtifact("lemmatizer.model");
        MaxentScorer scorer = MaxentScorer.of(model);
        var contexts = lemmas.getFactory().getContextGenerator();
        int compared = 0;
        List<String> worst = new ArrayList<>();
        List<TokenisedCorpora.Sentence> sentences = corpora.sentences();
        // the bundled corpora alone hold fewer than 400 sentences (the development clusters may be absent)
        for (TokenisedCorpora.Sentence s : sentences.subList(0, Math.min(400, sentences.size()))) {
            String[] words = s.words();
            String[] tags = tagger.tag(words);
            for (int i = 0; i < words.length; i++) {
                String[] context = contexts.getContext(i, words, new String[i], new Object[] {tags});
                double[] expected = model.eval(context, new double[model.getNumOutcomes()]);
                double[] actual = scorer.eval(context, new double[model.getNumOutcomes()]);
                for (int o = 0; o < expected.length; o++) {
                    if (Math.abs(expected[o] - actual[o]) > RELATIVE * Math.max(expected[o], Double.MIN_NORMAL)) {
                        worst.add(words[i] + " outcome " + o + ": " + expected[o] + " vs " + actual[o]);
                    }
                }
                compared++;
            }
        }
        assertThat(worst).isEmpty();
        assertThat(compared).isGreaterThan(3_000);
    }

    @Test
    void unknownFeaturesLeaveTheUniformPrior() {
        MaxentModel model = (MaxentModel) lemmas.getArtifact("lemmatizer.model");
        double[] scores = MaxentScorer.of(model).eval(new String[] {"no such feature \u0000"}, new double[model.getNumOutcomes()]);
        assertThat(scores[0]).isCloseTo(1.0 / model.getNumOutcomes(), within(1e-15));
        assertThat(scores[model.getNumOutcomes() - 1]).isCloseTo(1.0 / model.getNumOutcomes(), within(1e-15));
    }

    @Test
    void aModelOfAnotherKindIsAskedItself() {
        MaxentModel other = new MaxentModel() {
            @Override
            public double[] eval(String[] context) {
                return new double[] {0.25, 0.75};
            }

            @Override
            public double[] eval(String[] context, double[] probs) {
                probs[0] = 0.25;
                probs[1] = 0.75;
                return probs;
            }

            @Override
            public double[] eval(String[] context, float[] values) {
                return eval(context);
            }

            @Override
            public String getBestOutcome(double[] outcomes) {
                return "b";
            }

            @Override
            public String getAllOutcomes(double[] outcomes) {
                return "a b";
            }

            @Override
            public String getOutcome(int i) {
                return i == 0 ? "a" : "b";
            }

            @Override
            public int getIndex(String outcome) {
                return outcome.equals("a") ? 0 : 1;
            }

            @Override
            public int getNumOutcomes() {
                return 2;
            }
        };
        assertThat(MaxentScorer.of(other).eval(new String[] {"x"}, new double[2])).containsExactly(0.25, 0.75);
    }
}
