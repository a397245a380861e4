package dev.recon.detect;

import dev.recon.finding.FindingKind;
import java.util.Set;

/**
 * One way of finding discrepancies, added to a reconciler with
 * {@code Reconciler.builder().addDetector(detector)}. It reads the sources, claims and alignments of a
 * reconciliation from its {@link DetectionContext} and adds findings to it.
 *
 * <p>A detector that consults findings already made (through {@link DetectionContext#covers}, to
 * avoid reporting one thing twice) declares their kinds in {@link #consumes()}; the reconciler then
 * runs it after every detector that {@link #produces()} those kinds. Detectors that consume nothing of
 * each other's may run at the same time on different threads, and one reconciler serves many threads,
 * so a detector must be thread-safe, and must declare in {@link #produces()} every kind it adds.
 */
public interface Detector {

    /** Looks for discrepancies and adds what it finds to {@code context}. */
    void detect(DetectionContext context);

    /** The kinds of finding this detector adds. */
    default Set<FindingKind> produces() {
        return Set.of();
    }

    /** The kinds of finding, besides its own, this detector consults before adding its own. */
    default Set<FindingKind> consumes() {
        return Set.of();
    }
}
