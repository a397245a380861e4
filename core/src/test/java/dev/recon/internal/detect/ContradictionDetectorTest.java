package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContradictionDetectorTest {

    private static List<Finding> of(Report r, FindingKind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    private static List<String> quotes(Finding f) {
        return f.evidence().stream().map(Evidence::text).toList();
    }

    @Test
    void oppositeJudgementsOfOneRelationshipAtOverlappingTimesContradict() {
        Report r = Fixtures.reconciler().reconcile(List.of(
                Source.of("a", SourceKind.ENCYCLOPEDIA, "France and Japan signed a treaty in 1960. "
                        + "After the treaty of 1960, relations between the two countries remained cordial for years. "
                        + "France and Japan traded heavily."),
                Source.of("b", SourceKind.NEWS, "France and Japan signed a treaty in 1960. "
                        + "In 1965, the two governments became rivals rather than friends. France and Japan traded.")));
        assertThat(of(r, FindingKind.CONTRADICTION)).singleElement()
                .satisfies(f -> assertThat(quotes(f)).containsExactly("remained cordial", "became rivals rather than friends"));
    }

    @Test
    void judgementsOfDifferentTimesOrRelationshipsDoNot() {
        Report r = Fixtures.reconciler().reconcile(List.of(
                Source.of("a", SourceKind.ENCYCLOPEDIA, "In 1960, relations between France and Japan were cordial. "
                        + "In 1962, relations between France and Brazil were cordial."),
                Source.of("b", SourceKind.NEWS, "In 1990, relations between France and Japan were hostile. "
                        + "In 1962, the Cold War shaped relations between France and Japan.")));
        assertThat(of(r, FindingKind.CONTRADICTION)).isEmpty();
    }

    @Test
    void aSourceThatJudgesOnePeriodBothWaysIsInconsistent() {
        Report r = Fixtures.reconciler().reconcile(List.of(
                Source.of("a", SourceKind.OVERVIEW, "After the war ended in 1975, relations between Spain and Chile "
                        + "remained cordial. In 1978 a dispute over fishing arose. This period saw a cooling of relations "
                        + "between Spain and Chile."),
                Source.of("b", SourceKind.NEWS, "Spain and Chile trade wine and copper.")));
        assertThat(of(r, FindingKind.INTERNAL_INCONSISTENCY)).anySatisfy(f ->
                assertThat(quotes(f)).containsExactlyInAnyOrder("remained cordial", "saw a cooling"));
    }

    @Test
    void partiesNeedNotBeStates() {
        Report r = Fixtures.reconciler().reconcile(List.of(
                Source.of("a", SourceKind.ENCYCLOPEDIA, "In 1995, relations between NATO and OPEC remained cordial."),
                Source.of("b", SourceKind.NEWS, "In 1995, NATO and OPEC became rivals rather than friends.")));
        assertThat(of(r, FindingKind.CONTRADICTION)).hasSize(1);
    }
}
