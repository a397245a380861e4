package dev.recon.cli.eval;

import java.util.Locale;

/**
 * Micro-averaged TempEval-3 Task A counts and the scores derived from them.
 *
 * @param gold          gold timexes
 * @param system        system timexes
 * @param relaxed       pairs whose extents overlap (one-to-one, first come in text order)
 * @param strict        relaxed pairs with identical extents
 * @param valueCorrect  relaxed pairs with the same TIMEX3 value
 * @param typeCorrect   relaxed pairs with the same type
 */
public record TimexScores(int gold, int system, int relaxed, int strict, int valueCorrect, int typeCorrect) {

    public TimexScores plus(TimexScores o) {
        return new TimexScores(gold + o.gold, system + o.system, relaxed + o.relaxed, strict + o.strict,
                valueCorrect + o.valueCorrect, typeCorrect + o.typeCorrect);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double relaxedPrecision() {
        return system == 0 ? 0 : (double) relaxed / system;
    }

    public double relaxedRecall() {
        return gold == 0 ? 0 : (double) relaxed / gold;
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double strictPrecision() {
        return system == 0 ? 0 : (double) strict / system;
    }

    public double strictRecall() {
        return gold == 0 ? 0 : (double) strict / gold;
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    /** Value accuracy over relaxed matches. */
    public double valueAccuracy() {
        return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
    }

    public double typeAccuracy() {
        return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
    }

    /** As TE3 defines it: attribute accuracy times relaxed F1. */
    public double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    public double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    /** The one-line summary the evaluation prints. */
    public String summary() {
        return String.format(Locale.ROOT,
                "TE3 timex: strict F1 %.4f (P %.4f R %.4f) | relaxed F1 %.4f (P %.4f R %.4f) | value F1 %.4f (acc %.4f) "
                        + "| type F1 %.4f (acc %.4f) | gold %d system %d",
                strictF1(), strictPrecision(), strictRecall(), relaxedF1(), relaxedPrecision(), relaxedRecall(),
                valueF1(), valueAccuracy(), typeF1(), typeAccuracy(), gold, system);
    }
}
