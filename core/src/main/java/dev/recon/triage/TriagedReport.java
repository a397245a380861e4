package dev.recon.triage;

import dev.recon.Report;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A report with what a team has decided about its findings: which were already in a baseline report,
 * which a configuration suppresses, and which baselined findings are gone. Renderers show these; the
 * command's exit code counts only findings that are neither.
 *
 * @param report        the reconciliation
 * @param dispositions  per finding id; findings without an entry count
 * @param baseline      the baseline report's path, when one was given
 * @param gone          ids in the baseline that this run no longer finds
 */
public record TriagedReport(Report report, Map<String, Disposition> dispositions, Optional<String> baseline,
                            List<String> gone) {

    public TriagedReport {
        Objects.requireNonNull(report, "report");
        dispositions = Map.copyOf(dispositions);
        Objects.requireNonNull(baseline, "baseline");
        gone = List.copyOf(gone);
    }

    /** A report with no baseline and no suppressions. */
    public static TriagedReport of(Report report) {
        return new TriagedReport(report, Map.of(), Optional.empty(), List.of());
    }

    /**
     * Applies a baseline (the finding ids of an earlier report; null for none) and suppressions.
     */
    public static TriagedReport triage(Report report, String baselinePath, Set<String> baselineIds,
                                       List<Suppression> suppressions) {
        Map<String, Disposition> d = new HashMap<>();
        for (Finding f : report.findings()) {
            Disposition x = Disposition.NONE;
            if (baselineIds != null && baselineIds.contains(f.id())) {
                x = x.withBaselined();
            }
            for (Suppression s : suppressions) {
                if (s.covers(f)) {
                    x = x.withSuppressed(s.reason());
                    break;
                }
            }
            if (!x.equals(Disposition.NONE)) {
                d.put(f.id(), x);
            }
        }
        List<String> gone = baselineIds == null ? List.of() : baselineIds.stream()
                .filter(id -> report.findings().stream().noneMatch(f -> f.id().equals(id))).sorted().toList();
        return new TriagedReport(report, d, Optional.ofNullable(baselinePath), gone);
    }

    public Disposition disposition(Finding f) {
        return dispositions.getOrDefault(f.id(), Disposition.NONE);
    }

    /** Findings at or above {@code severity} that are neither baselined nor suppressed. */
    public List<Finding> counting(Severity severity) {
        return report.findingsAtLeast(severity).stream().filter(f -> disposition(f).counts()).toList();
    }

    public long baselinedCount() {
        return dispositions.values().stream().filter(Disposition::baselined).count();
    }

    public long suppressedCount() {
        return dispositions.values().stream().filter(x -> x.suppressed() != null).count();
    }
}
