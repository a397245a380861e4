package dev.recon.internal.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search over a maximum-entropy sequence model, decoded with a top-k scan and a memory
 * of contexts, for the part-of-speech tagger ({@link BeamTagger}) and the lemmatiser
 * ({@link BeamLemmatizer}).
 *
 * <p>{@code opennlp.tools.ml.BeamSearch}, for every token and every entry of the beam, sorts a copy of
 * all the model's outcome scores (about 860 edit scripts for the English lemmatiser) only to learn the
 * beam-width-th largest. This class runs the same search (same beam width, context generator,
 * sequence validator, candidate order and score arithmetic, so the same outcomes) and finds that
 * threshold in one pass. Scores come from {@link MaxentScorer}, which exponentiates with the processor's
 * intrinsic.
 *
 * <p>The model's scores for one context are a pure function of that context, and the same contexts
 * recur constantly (the same word after the same kind of word), so the candidates each context
 * proposes are remembered: the outcomes at or above the beam's threshold, which is all the search reads
 * unless none of them is valid, when the full scores are computed again. The outcomes are the same;
 * most tokens skip the model.
 *
 * <p>Not thread-safe: the model's evaluation buffer and the memory of contexts are this instance's.
 * Use one instance per thread; the model itself is shared.
 */
final class BeamDecoder {

    /** OpenNLP's floor for a sequence's log score: candidates below it are dropped. */
    private static final double MIN_SEQUENCE_SCORE = -100_000;
    /**
     * Contexts remembered per instance (a key holds its feature strings, about a kilobyte); past this,
     * new contexts are scored without being remembered, and the common ones are already in.
     */
    private static final int MAX_REMEMBERED = 20_000;

    private final MaxentModel model;
    private final MaxentScorer scorer;
    private final int beam;
    private final BeamSearchContextGenerator<String> contexts;
    private final SequenceValidator<String> validator;
    private final double[] probs;
    private final double[] best;
    private final Map<List<String>, Proposal> remembered = new HashMap<>();

    /** What one context proposes: the outcomes scoring at least the beam's threshold, in outcome order. */
    private record Proposal(int[] outcomes, double[] scores) {
    }

    BeamDecoder(MaxentModel model, int beam, BeamSearchContextGenerator<String> contexts,
                SequenceValidator<String> validator) {
        this.model = Objects.requireNonNull(model, "model");
        this.scorer = MaxentScorer.of(model);
        if (beam < 1) {
            throw new IllegalArgumentException("beam width must be positive: " + beam);
        }
        this.beam = beam;
        this.contexts = Objects.requireNonNull(contexts, "contexts");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.probs = new double[model.getNumOutcomes()];
        this.best = new double[beam];
    }

    /** The best sequence of outcomes for {@code tokens}, or null when no valid sequence exists. */
    String[] decode(String[] tokens, Object[] extra) {
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
                    double[] scores = scorer.eval(context, probs);
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
        return prev.isEmpty() ? null : prev.remove().getOutcomes().toArray(new String[0]);
    }

    /** The outcomes {@code context} proposes, from memory when it was scored before. */
    private Proposal propose(String[] context) {
        List<String> key = List.of(context);
        Proposal known = remembered.get(key);
        if (known != null) {
            return known;
        }
        double[] scores = scorer.eval(context, probs);
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
