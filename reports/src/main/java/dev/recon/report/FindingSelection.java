package dev.recon.report;

import dev.recon.finding.Finding;
import java.util.Comparator;
import java.util.List;

/**
 * The findings a report for people lists under {@link OutputOptions}: those at or above the minimum
 * severity, most severe first (in report order within a severity), at most the cap; and how many were
 * left out for each reason, so that the report can say so.
 *
 * @param shown        the findings to list, most severe first
 * @param belowMinimum findings left out as less severe than the minimum
 * @param overCap      findings left out by the cap on their number
 */
record FindingSelection(List<Finding> shown, int belowMinimum, int overCap) {

    /** Most severe first; the sort is stable, so report order decides within a severity. */
    static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity).reversed();

    static FindingSelection of(List<Finding> candidates, OutputOptions options) {
        List<Finding> atLeast = candidates.stream()
                .filter(f -> f.severity().compareTo(options.minSeverity()) >= 0)
                .sorted(MOST_SEVERE_FIRST)
                .toList();
        int below = candidates.size() - atLeast.size();
        if (atLeast.size() <= options.maxFindings()) {
            return new FindingSelection(atLeast, below, 0);
        }
        return new FindingSelection(atLeast.subList(0, options.maxFindings()), below,
                atLeast.size() - options.maxFindings());
    }

    /** Findings left out for either reason. */
    int leftOut() {
        return belowMinimum + overCap;
    }
}
