package dev.recon.internal.detect;

import dev.recon.finding.FindingKind;
import java.util.Set;

/**
 * One way of finding discrepancies, as recon's own detectors implement it: with the whole analysis at
 * hand (facts, knowledge base, lexicon, the alignment's links), which the public
 * {@link dev.recon.detect.Detector} does not expose. Detectors read the analysed sources, facts and alignment from the
 * context and add findings to it. A detector that consults findings already made (to avoid reporting
 * one thing twice) says so in {@link #consumes()}; the reconciler then runs it after every detector
 * that {@link #produces()} those kinds, whatever order the detectors were registered in.
 *
 * <p>Detectors that consume nothing of each other's may run at the same time on different threads,
 * each adding to its own branch of the findings, merged afterwards in the order they would have run
 * one after another. So a detector must be thread-safe, must declare every kind it consults through
 * {@code Findings.covers} in {@link #consumes()} (besides its own), and must declare in
 * {@link #produces()} every kind it adds.
 */
public interface Check {

    void detect(CheckContext context);

    /** The kinds of finding this detector adds. */
    default Set<FindingKind> produces() {
        return Set.of();
    }

    /** The kinds of finding this detector consults before adding its own. */
    default Set<FindingKind> consumes() {
        return Set.of();
    }
}
