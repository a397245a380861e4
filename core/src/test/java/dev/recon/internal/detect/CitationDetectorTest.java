package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationDetectorTest {

    private static List<Finding> citationFindings(String cited) {
        Report r = Fixtures.reconciler().reconcile(List.of(
                Source.of("copy", SourceKind.MIRROR, cited),
                Source.of("other", SourceKind.OTHER, "The canal opened in 1869 after ten years of digging.")));
        return r.findings().stream().filter(f -> f.kind() == FindingKind.CITATION_PROBLEM).toList();
    }

    @Test
    void aCopyWithoutAnyReferenceListGetsOneInfoFindingForTheWholeSource() {
        List<Finding> fs = citationFindings("The canal opened in 1869 after ten years of digging.[1] "
                + "Ships saved weeks on the route to Asia.[2][3]");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("3 citation markers but no reference list");
            assertThat(f.evidence()).extracting(Evidence::text).containsExactly("[1]");
        });
    }

    @Test
    void withAReferenceListOnlyTheMarkersItLacksAreBroken() {
        List<Finding> fs = citationFindings("The canal opened in 1869 after ten years of digging.[1] "
                + "Ships saved weeks on the route to Asia.[3]\n\nReferences\n\n  1. ^ Doe, Jane (1999). The canal. p. 4.\n");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.evidence()).extracting(Evidence::text).containsExactly("[3]");
            assertThat(f.message()).contains("which the reference list lacks");
        });
    }
}
