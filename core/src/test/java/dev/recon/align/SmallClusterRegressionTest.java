package dev.recon.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.Report;
import dev.recon.finding.FindingKind;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, found while building many-source comparison: with three one-sentence sources, every shared
 * word occurs in more than half of all claims, and the index dropped them all as too common, so the odd
 * source out aligned with nothing and its date conflict went unreported.
 */
class SmallClusterRegressionTest {

    @Test
    void theOddSourceOutOfThreeIsStillPaired() {
        String odd = "The bridge over the river was opened to traffic in 1932 after four years of work.";
        String other = "The bridge over the river was opened to traffic in 1933 after four years of work.";
        Report r = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.NEWS, odd),
                Source.of("b", SourceKind.NEWS, other), Source.of("c", SourceKind.NEWS, other)));
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.DATE_MISMATCH)
                .extracting(f -> f.evidence().stream().map(e -> e.source()).sorted().toList())
                // one discrepancy, reported once, quoting the odd source and both that disagree with it
                .containsExactly(List.of("a", "b", "c"));
        assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.UNSUPPORTED_CLAIM
                && f.severity() != dev.recon.finding.Severity.INFO);
    }
}
