package dev.recon.internal.nlp;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores contexts with a maximum-entropy model's own parameters, as {@link GISModel#eval(String[], double[])}
 * does, but exponentiating with {@link Math#exp} instead of {@link StrictMath#exp}.
 *
 * <p>OpenNLP uses {@code StrictMath.exp} so that scores are bit-for-bit the same on every platform;
 * it is a software routine, and for the English lemmatiser's 860 outcomes it was a fifth of all of
 * recon's reading time. {@code Math.exp} is the processor's intrinsic and differs from it by at most one
 * unit in the last place, far below any gap between the candidates a beam keeps: the decoder tests
 * check that the tags and lemmas stay the same as OpenNLP's on the bundled corpora and development
 * clusters.
 *
 * <p>Only a GIS model with OpenNLP's uniform prior can be scored this way; for any other model
 * {@link #of} returns a scorer that asks the model itself.
 *
 * <p>Immutable and thread-safe; the output array is the caller's.
 */
abstract class MaxentScorer {

    /** Largest difference from the model's own scores accepted when checking a scorer at creation. */
    private static final double SELF_CHECK_TOLERANCE = 1e-9;
    /** Features of the context that checks a scorer against its model. */
    private static final int PROBE_FEATURES = 8;

    /**
     * The scores {@code model} gives each outcome for {@code context}, written into {@code out} (one slot
     * per outcome) and returned.
     */
    abstract double[] eval(String[] context, double[] out);

    /** A scorer for {@code model}: its own parameters when it is a plain GIS model, else the model itself. */
    static MaxentScorer of(MaxentModel model) {
        Objects.requireNonNull(model, "model");
        MaxentScorer self = new Delegating(model);
        if (!(model instanceof GISModel gis)) {
            return self;
        }
        MaxentScorer fast = new Parameters(gis);
        // the prior is not exposed; a model trained with another prior shows it in its scores
        String[] probe = probeContext(gis);
        double[] a = fast.eval(probe, new double[model.getNumOutcomes()]);
        double[] b = self.eval(probe, new double[model.getNumOutcomes()]);
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > SELF_CHECK_TOLERANCE) {
                return self;
            }
        }
        return fast;
    }

    @SuppressWarnings("unchecked")
    private static String[] probeContext(GISModel gis) {
        Map<String, Context> predicates = (Map<String, Context>) gis.getDataStructures()[1];
        // a few real features, cheaply: sorting a model's hundreds of thousands of keys to pick them cost
        // more than a short run's decoding
        return predicates.keySet().stream().limit(PROBE_FEATURES).toArray(String[]::new);
    }

    /** Asks the model. */
    private static final class Delegating extends MaxentScorer {
        private final MaxentModel model;

        Delegating(MaxentModel model) {
            this.model = model;
        }

        @Override
        double[] eval(String[] context, double[] out) {
            return model.eval(context, out);
        }
    }

    /** Sums the model's parameters itself, in the model's order. */
    private static final class Parameters extends MaxentScorer {
        private final Map<String, Context> predicates;
        private final int outcomes;
        private final double logPrior;

        @SuppressWarnings("unchecked")
        Parameters(GISModel gis) {
            this.predicates = (Map<String, Context>) gis.getDataStructures()[1];
            this.outcomes = gis.getNumOutcomes();
            // OpenNLP's UniformPrior: every outcome starts at the log of one over their number
            this.logPrior = Math.log(1.0 / outcomes);
        }

        @Override
        double[] eval(String[] context, double[] out) {
            Arrays.fill(out, 0, outcomes, logPrior);
            for (String feature : context) {
                Context p = predicates.get(feature);
                if (p != null) {
                    int[] ids = p.getOutcomes();
                    double[] weights = p.getParameters();
                    for (int j = 0; j < ids.length; j++) {
                        out[ids[j]] += weights[j];
                    }
                }
            }
            double normal = 0;
            for (int i = 0; i < outcomes; i++) {
                out[i] = Math.exp(out[i]);
                normal += out[i];
            }
            for (int i = 0; i < outcomes; i++) {
                out[i] /= normal;
            }
            return out;
        }
    }
}
