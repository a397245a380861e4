package dev.recon;

/**
 * The numeric judgements recon makes, in one place, each with its meaning. {@link #DEFAULT} holds the
 * values recon is measured with; change them through {@code Reconciler.Builder#thresholds}.
 *
 * @param alignment           least similarity, in (0, 1), at which two claims are taken to state the
 *                            same thing and are aligned
 * @param parallelWordRatio   least share of common words, in (0, 1], at which aligned claims are
 *                            compared slot by slot as copies of one text
 * @param runningCountRatio   two floors of one running count ("at least 296", "more than 1,300")
 *                            disagree when one exceeds the other by more than this factor (&gt; 1)
 * @param runningCountDays    reports of one running count are compared when the claims' dates lie at
 *                            most this many days apart; further apart they are different occasions
 * @param approximation       share of a figure that "about", "some" or "around" allows on either side,
 *                            in [0, 1)
 * @param nearestWorthQuoting least similarity at which the closest statement elsewhere is quoted
 *                            beside an unsupported claim, in [0, 1)
 * @param topicShare          a referent named in at least this share of all claims is what the texts
 *                            are about, not a specific, in (0, 1]
 * @param crossingBearing     least angle, in degrees in (0, 180], between two directions from one place
 *                            that conflict: at 90, "north" conflicts with "east" and "south" but not with
 *                            "northwest", since sources round a bearing to the nearest named point
 */
public record Thresholds(double alignment, double parallelWordRatio, double runningCountRatio, int runningCountDays,
                         double approximation, double nearestWorthQuoting, double topicShare,
                         double crossingBearing) {

    /** The values recon's scores are measured with. */
    public static final Thresholds DEFAULT = new Thresholds(0.3, 0.45, 1.5, 31, 0.10, 0.12, 0.15, 90);

    public Thresholds {
        check(alignment > 0 && alignment < 1, "alignment must lie in (0, 1): " + alignment);
        check(parallelWordRatio > 0 && parallelWordRatio <= 1, "parallelWordRatio must lie in (0, 1]: " + parallelWordRatio);
        check(runningCountRatio > 1, "runningCountRatio must exceed 1: " + runningCountRatio);
        check(runningCountDays >= 0, "runningCountDays must not be negative: " + runningCountDays);
        check(approximation >= 0 && approximation < 1, "approximation must lie in [0, 1): " + approximation);
        check(nearestWorthQuoting >= 0 && nearestWorthQuoting < 1, "nearestWorthQuoting must lie in [0, 1): " + nearestWorthQuoting);
        check(topicShare > 0 && topicShare <= 1, "topicShare must lie in (0, 1]: " + topicShare);
        check(crossingBearing > 0 && crossingBearing <= 180, "crossingBearing must lie in (0, 180]: " + crossingBearing);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** These thresholds with another alignment threshold. */
    public Thresholds withAlignment(double value) {
        return new Thresholds(value, parallelWordRatio, runningCountRatio, runningCountDays, approximation,
                nearestWorthQuoting, topicShare, crossingBearing);
    }
}
