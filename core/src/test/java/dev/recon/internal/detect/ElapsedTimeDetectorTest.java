package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElapsedTimeDetectorTest {

    private static Report reconcile(String a) {
        return Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.ENCYCLOPEDIA, a),
                Source.of("b", SourceKind.NEWS, "The queen of Spain visited Chile in May 1950 and again in 1972.")));
    }

    @Test
    void anOffsetThatDoesNotAddUpToTheAnchorsDateIsReported() {
        Report r = reconcile("The queen of Spain visited Chile in May 1950. In March 2001, her grandson made a state "
                + "visit to Chile, 40 years after her first visit to the country.");
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.NUMBER_MISMATCH).singleElement()
                .satisfies(f -> {
                    assertThat(f.evidence()).extracting(Evidence::text)
                            .containsExactly("40 years after her first visit to the country", "May 1950");
                    assertThat(f.message()).contains("51 calendar years apart, not 40");
                });
    }

    @Test
    void anOffsetThatAddsUpIsNot() {
        Report r = reconcile("The queen of Spain visited Chile in May 1950. In March 2000, her grandson made a state "
                + "visit to Chile, 50 years after her first visit to the country.");
        assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.NUMBER_MISMATCH);
    }

    @Test
    void theLastVisitIsTheAnchorWhenThePhraseSaysSo() {
        Report r = reconcile("The queen of Spain visited Chile in May 1950 and in June 1972. In March 2002, her grandson "
                + "made a state visit to Chile, 30 years after her last visit to the country.");
        assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.NUMBER_MISMATCH);
    }

    /** Fuzz-found: a count too large for an int ("9999999960 years after") once threw. */
    @Test
    void fuzzFoundHugeOffsetsDoNotThrow() {
        Report r = reconcile("In 1972, the queen of Spain visited Chile, 9999999960 years after her first visit to the country.");
        assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.NUMBER_MISMATCH);
    }
}
