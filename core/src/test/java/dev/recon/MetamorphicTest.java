package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.finding.FindingKind;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Relations between inputs that must hold whatever the text: two copies of one text never disagree. */
class MetamorphicTest {

    /** Kinds that set one source against another. */
    private static final Set<FindingKind> CROSS_SOURCE = Set.of(FindingKind.DATE_MISMATCH, FindingKind.NUMBER_MISMATCH,
            FindingKind.ENTITY_MISMATCH, FindingKind.NAME_SPELLING, FindingKind.CONTRADICTION);

    @Test
    void twoCopiesOfOneTextNeverDisagreeWithEachOther() throws Exception {
        // the seed article contradicts itself (1975 and 1976 for one reunification): that stays internal
        String text = Files.readString(Path.of("..", "corpus", "north-korea-vietnam", "wikipedia.txt"));
        Report r = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.ENCYCLOPEDIA, text),
                Source.of("b", SourceKind.ENCYCLOPEDIA, text)));
        // a source's own conflict is reported once and said to recur in the copy: each copy then quotes
        // the same words, where a disagreement between them would quote different ones
        assertThat(r.findings()).filteredOn(f -> CROSS_SOURCE.contains(f.kind()))
                .allMatch(f -> quotedBy(f, "a").equals(quotedBy(f, "b")) || quotedBy(f, "a").isEmpty() || quotedBy(f, "b").isEmpty());
        assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.INTERNAL_INCONSISTENCY);
        assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.UNSUPPORTED_CLAIM
                && f.severity() != dev.recon.finding.Severity.INFO);
    }

    @Test
    void aRevisionThatDatesAHappeningBothWaysTooDoesNotDisagreeWithTheOriginal() throws Exception {
        // both revisions say 1975 and 1976 for the reunification, in different words: the conflict is
        // each one's own, not one between them
        String text = Files.readString(Path.of("..", "corpus", "north-korea-vietnam", "wikipedia.txt"));
        String revised = text
                .replace("North Vietnam merged with South Vietnam in 1976 to become the modern country of Vietnam.",
                        "In 1976 North Vietnam merged with South Vietnam, forming the modern country of Vietnam.")
                .replace("succeeded in reunifying the whole country by 1975.", "had succeeded in reunifying all of the country by 1975.");
        assertThat(revised).isNotEqualTo(text).contains("In 1976 North").contains("all of the country");
        Report r = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.ENCYCLOPEDIA, text),
                Source.of("b", SourceKind.MIRROR, revised)));
        assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.DATE_MISMATCH);
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.INTERNAL_INCONSISTENCY)
                .extracting(f -> f.evidence().get(0).source()).contains("a", "b");
    }

    @Test
    void copiesOfAParaphrasedReportAgreeFigureByFigure() {
        String text = "At least 41 people were aboard the ferry when it capsized on Sunday, the coast guard said. "
                + "The landslide killed 212 people and injured 1,300. Rescuers recovered 63 bodies by Monday.";
        Report r = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.NEWS, text),
                Source.of("b", SourceKind.NEWS, text), Source.of("c", SourceKind.NEWS, text)));
        assertThat(r.findings()).noneMatch(f -> CROSS_SOURCE.contains(f.kind()));
    }

    private static List<String> quotedBy(dev.recon.finding.Finding f, String source) {
        return f.evidence().stream().filter(e -> e.source().equals(source)).map(e -> e.text()).sorted().toList();
    }
}
