package dev.recon.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's statistical lemmatiser with its beam search decoded by a top-k scan.
 *
 * <p>{@link LemmatizerME} decodes with {@code opennlp.tools.ml.BeamSearch}, which, for every token
 * and every entry of the beam, sorts a copy of all the model's outcome scores (about 860 edit
 * scripts for the English model) only to learn the beam-width-th largest; that sort was most of
 * recon's run time. This class runs the same search (same beam width, context generator, sequence
 * validator, candidate order and score arithmetic, so the same lemmas) and finds that threshold in
 * one pass. {@code BeamLemmatizerTest} checks that the lemmas equal {@link LemmatizerME}'s on the
 * bundled corpora.
 *
 * <p>The model's scores for one context are a pure function of that context (the token's features,
 * its tag and the previous edit scripts), and the same contexts recur constantly (the same word
 * after the same kind of word), so the candidates each context proposes are remembered: the beam's
 * threshold and the outcomes at or above it, which is all the search reads unless none of them is
 * valid, when the full scores are computed again. The lemmas are the same; most tokens skip the model.
 *
 * <p>Not thread-safe, like {@link LemmatizerME}: the model's evaluation buffer and the memory of
 * contexts are this instance's. Use one instance per thread; the model itself is shared.
 */
final class BeamLemmatizer {

    /** OpenNLP's default beam width, used when the model's manifest names none. */
    private static final int DEFAULT_BEAM = 3;
    /** OpenNLP's floor for a sequence's log score: candidates below it are dropped. */
    private static final double MIN_SEQUENCE_SCORE = -100_000;
    private static final String BEAM_SIZE_PROPERTY = "BeamSize";
    private static final String MODEL_ARTIFACT = "lemmatizer.model";

    private final MaxentModel model;
    private final int beam;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probs;
    private final double[] best;
    /**
     * Contexts remembered per instance (a key holds its feature strings, about a kilobyte); past this,
     * new contexts are scored without being remembered, and the common ones are already in.
     */
    private static final int MAX_REMEMBERED = 20_000;
    private final Map<List<String>, Proposal> remembered = new HashMap<>();

    /** What one context proposes: the outcomes scoring at least the beam's threshold, in outcome order. */
    private record Proposal(int[] outcomes, double[] scores) {
    }

    BeamLemmatizer(LemmatizerModel lemmatizer) {
        Objects.requireNonNull(lemmatizer, "lemmatizer");
        Object artifact = lemmatizer.getArtifact(MODEL_ARTIFACT);
        if (!(artifact instanceof MaxentModel maxent)) {
            throw new IllegalArgumentException("the lemmatizer model holds no maximum-entropy model to decode");
        }
        this.model = maxent;
        String size = lemmatizer.getManifestProperty(BEAM_SIZE_PROPERTY);
        this.beam = size == null ? DEFAULT_BEAM : Integer.parseInt(size);
        if (beam < 1) {
            throw new IllegalArgumentException("beam width must be positive: " + beam);
        }
        this.contexts = lemmatizer.getFactory().getContextGenerator();
        this.validator = lemmatizer.getFactory().getSequenceValidator();
        this.probs = new double[model.getNumOutcomes()];
        this.best = new double[beam];
    }

    /** The lemma of each token, as {@link LemmatizerME#lemmatize(String[], String[])} gives it. */
    String[] lemmatize(String[] tokens, String[] tags) {
        if (tokens.length != tags.length) {
            throw new IllegalArgumentException(tokens.length + " tokens but " + tags.length + " tags");
        }
        Object[] extra = {tags};
        PriorityQueue<Sequence> prev = new PriorityQueue<>(beam);
        PriorityQueue<Sequence> next = new PriorityQueue<>(beam);
        prev.add(new Sequence());
        for (int i = 0; i < tokens.length; i++) {
            int width = Math.min(beam, prev.size());
            for (int b = 0; !prev.isEmpty() && b < width; b++) {
                Sequence top = prev.remove();
                String[] outcomes = top.getOutcomes().toArray(new String[0]);
                String[] context = contexts.getContext(i, tokens, outcomes, extra);
                Proposal proposal = propose(context);
                for (int p = 0; p < proposal.outcomes().length; p++) {
                    add(next, top, i, tokens, outcomes, proposal.outcomes()[p], proposal.scores()[p]);
                }
                if (next.isEmpty()) {
                    double[] scores = model.eval(context, probs);
                    for (int p = 0; p < scores.length; p++) {
                        add(next, top, i, tokens, outcomes, p, scores[p]);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Sequence> swap = prev;
            prev = next;
            next = swap;
        }
        if (prev.isEmpty()) {
            return new String[tokens.length];
        }
        String[] scripts = prev.remove().getOutcomes().toArray(new String[0]);
        return LemmatizerME.decodeLemmas(tokens, scripts);
    }

    /** The outcomes {@code context} proposes, from memory when it was scored before. */
    private Proposal propose(String[] context) {
        List<String> key = List.of(context);
        Proposal known = remembered.get(key);
        if (known != null) {
            return known;
        }
        double[] scores = model.eval(context, probs);
        double min = kthLargest(scores);
        int n = 0;
        for (double score : scores) {
            if (score >= min) {
                n++;
            }
        }
        int[] outcomes = new int[n];
        double[] kept = new double[n];
        for (int p = 0, j = 0; p < scores.length; p++) {
            if (scores[p] >= min) {
                outcomes[j] = p;
                kept[j++] = scores[p];
            }
        }
        Proposal proposal = new Proposal(outcomes, kept);
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(key, proposal);
        }
        return proposal;
    }

    private void add(PriorityQueue<Sequence> next, Sequence top, int i, String[] tokens, String[] outcomes, int p,
                     double score) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, tokens, outcomes, out)) {
            Sequence extended = new Sequence(top, out, score);
            if (extended.getScore() > MIN_SEQUENCE_SCORE) {
                next.add(extended);
            }
        }
    }

    /**
     * The beam-width-th largest score, counting equal scores separately: the value a full ascending
     * sort would hold at index {@code length - beam} (or its first value when there are fewer scores).
     */
    private double kthLargest(double[] scores) {
        int k = Math.min(beam, scores.length);
        if (k == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        // best[0..k) holds the k largest seen so far, in descending order
        int filled = 0;
        for (double s : scores) {
            if (filled < k) {
                int j = filled++;
                while (j > 0 && Double.compare(best[j - 1], s) < 0) {
                    best[j] = best[j - 1];
                    j--;
                }
                best[j] = s;
            } else if (Double.compare(s, best[k - 1]) > 0) {
                int j = k - 1;
                while (j > 0 && Double.compare(best[j - 1], s) < 0) {
                    best[j] = best[j - 1];
                    j--;
                }
                best[j] = s;
            }
        }
        return best[k - 1];
    }
}
