package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterDetectorTest {

    private static List<Finding> mismatches(String a, String b) {
        return Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.NEWS, a), Source.of("b", SourceKind.NEWS, b)))
                .findings().stream().filter(f -> f.kind() == FindingKind.ENTITY_MISMATCH).toList();
    }

    @Test
    void aListThatSwapsOneNationForAnotherIsAMismatch() {
        List<Finding> f = mismatches("Among the climbers were two Italians, an Austrian, a Greek, a Chilean and a Peruvian.",
                "The expedition counted Greek, Chilean, Austrian, Italian and Finnish members when it set out.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.MAJOR);
            assertThat(x.evidence()).extracting(Evidence::text).containsExactlyInAnyOrder("Peruvian", "Finnish");
        });
    }

    @Test
    void aShorterListOrADifferentListIsNoMismatch() {
        assertThat(mismatches("Among the climbers were two Italians, an Austrian, a Greek, a Chilean and a Peruvian.",
                "The expedition counted Greek, Chilean, Austrian and Italian members when it set out.")).isEmpty();
        assertThat(mismatches("Among the climbers were two Italians, an Austrian, a Greek, a Chilean and a Peruvian.",
                "The expedition counted Japanese, Korean, Chilean and Danish members when it set out.")).isEmpty();
    }
}
