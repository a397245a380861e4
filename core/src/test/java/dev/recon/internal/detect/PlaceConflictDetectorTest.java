package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.Reconciler;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceConflictDetectorTest {

    private static List<Finding> places(Reconciler r, String a, String b) {
        return r.reconcile(List.of(Source.of("a", SourceKind.NEWS, a), Source.of("b", SourceKind.NEWS, b)))
                .findings().stream().filter(f -> f.kind() == FindingKind.ENTITY_MISMATCH)
                .filter(f -> f.message().contains(" places ")).toList();
    }

    @Test
    void oppositeDirectionsFromOneAnchorConflict() {
        List<Finding> f = places(Fixtures.reconciler(),
                "The plant was built at the village of Brenz, 40 km north of Ulm.",
                "Engineers chose the village of Brenz, about 40 km south of Ulm, for the plant.");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.MAJOR);
        assertThat(f.get(0).evidence()).extracting(e -> e.text())
                .containsExactlyInAnyOrder("40 km north of Ulm", "40 km south of Ulm");
    }

    @Test
    void neighbouringPointsAndOtherAnchorsDoNot() {
        assertThat(places(Fixtures.reconciler(),
                "The quake struck the Tafza valley, southwest of Marrakech.",
                "The quake struck the Tafza valley, 70 km south of Marrakesh.")).isEmpty();
        assertThat(places(Fixtures.reconciler(),
                "The plant was built at the village of Brenz, 40 km north of Ulm.",
                "The plant was built at the village of Brenz, 60 km south of Stuttgart.")).isEmpty();
        assertThat(places(Fixtures.reconciler(),
                "The plant was built at the village of Brenz, 40 km north of Ulm.",
                "The depot was built at the village of Hausen, 40 km south of Ulm.")).isEmpty();
    }

    @Test
    void oneTerritoryUnderTheNamesOfTwoPeriods() {
        // the embedded knowledge base knows the colony of the Gold Coast was succeeded by Ghana; over
        // the 20th century both names were right in turn, so neither is an anachronism
        Reconciler r = Fixtures.reconciler();
        List<Finding> f = places(r, "In the 20th century the mine near the town of Obuasi in the south of the Gold Coast grew.",
                "In the 20th century the mine near the town of Obuasi in the south of Ghana grew.");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.MINOR);
        assertThat(f.get(0).message()).contains("names of two periods");
    }

    @Test
    void aNameOfTheWrongPeriodIsReportedOnceAsAnAnachronism() {
        Reconciler r = Fixtures.reconciler();
        List<Source> sources = List.of(
                Source.of("a", SourceKind.ENCYCLOPEDIA, "In 1931 the mine opened near the town of Obuasi in the south of the Gold Coast."),
                Source.of("b", SourceKind.ENCYCLOPEDIA, "In 1931 the mine opened near the town of Obuasi in the south of Ghana."));
        List<Finding> all = r.reconcile(sources).findings();
        assertThat(all).filteredOn(x -> x.kind() == FindingKind.ANACHRONISM).singleElement()
                .satisfies(x -> assertThat(x.evidence()).extracting(e -> e.text()).containsExactly("Ghana", "Gold Coast"));
        assertThat(all).noneMatch(x -> x.kind() == FindingKind.ENTITY_MISMATCH);
    }
}
