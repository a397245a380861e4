package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.model.Alignment;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checking every source against one reference, and joining separate reconciliations in one report. */
class ReferenceComparisonTest {

    /**
     * The reference says nothing of the museum or the fire; the two others agree on the museum's size and
     * disagree on its opening and on the fire's toll.
     */
    private static final List<Source> SOURCES = List.of(
            Source.of("reference", SourceKind.ENCYCLOPEDIA, """
                    The bridge opened to traffic in 1932 after six years of work. The city council approved a \
                    second bridge across the river in 1958.
                    """),
            Source.of("b", SourceKind.NEWS, """
                    The bridge opened to traffic in 1933 after six years of work. The city museum opened to the \
                    public in 1950 and now holds 3,000 paintings. A fire at the harbour killed 12 people in 1961.
                    """),
            Source.of("c", SourceKind.NEWS, """
                    The bridge opened to traffic in 1932 after six years of work. The city museum opened to the \
                    public in 1951 and now holds 3,000 paintings. A fire at the harbour killed 15 people in 1961.
                    """));

    private static Set<String> quoted(Finding f) {
        return f.evidence().stream().map(Evidence::source).collect(Collectors.toSet());
    }

    @Test
    void findingsBetweenTwoOtherSourcesAreNotReportedAgainstAReference() {
        Report all = Fixtures.reconciler().reconcile(SOURCES);
        Report ref = Fixtures.reconciler().reconcile(SOURCES, Comparison.against("reference"));

        // without a reference, b and c disagree on the museum's opening
        assertThat(all.findings()).anyMatch(f -> f.kind() == FindingKind.DATE_MISMATCH && quoted(f).equals(Set.of("b", "c")));
        assertThat(ref.findings()).noneMatch(f -> quoted(f).size() > 1 && !quoted(f).contains("reference"));
        // what involves the reference is still reported
        assertThat(ref.findings()).anyMatch(f -> f.kind() == FindingKind.DATE_MISMATCH
                && quoted(f).contains("reference") && quoted(f).contains("b"));
        assertThat(ref.comparison().reference()).contains("reference");
        // the museum's sentences are never aligned, but the toll is found by what it counts, across all sources,
        // and only refused as it is added: the report says so
        assertThat(all.findings()).anyMatch(f -> f.kind() == FindingKind.NUMBER_MISMATCH && quoted(f).equals(Set.of("b", "c")));
        assertThat(ref.notices()).anyMatch(n -> n.source().equals("reference") && n.message().contains("not reported"));
        assertThat(all.notices()).noneMatch(n -> n.message().contains("other than the reference"));
    }

    @Test
    void aClaimOfAnotherSourceIsSupportedByTheReferenceAlone() {
        Report all = Fixtures.reconciler().reconcile(SOURCES);
        Report ref = Fixtures.reconciler().reconcile(SOURCES, Comparison.against("reference"));

        // b and c back each other's 3,000 paintings; the reference does not give them
        assertThat(unsupported(all, "3,000 paintings")).isEmpty();
        assertThat(unsupported(ref, "3,000 paintings")).extracting(f -> f.evidence().get(0).source())
                .containsExactlyInAnyOrder("b", "c");
        assertThat(unsupported(ref, "3,000 paintings")).allMatch(f -> f.message().contains("the reference, reference,"));
    }

    private static List<Finding> unsupported(Report r, String text) {
        return r.findings().stream().filter(f -> f.kind() == FindingKind.UNSUPPORTED_CLAIM
                && f.evidence().stream().anyMatch(e -> e.text().contains(text))).toList();
    }

    @Test
    void claimsAlignOnlyWithTheReference() {
        Report ref = Fixtures.reconciler().reconcile(SOURCES, Comparison.against("reference"));
        for (Alignment a : ref.alignments()) {
            if (a.claims().size() > 1) {
                assertThat(a.claims()).as(a.id()).anyMatch(c -> c.sourceId().equals("reference"));
            }
        }
        Report all = Fixtures.reconciler().reconcile(SOURCES);
        // the museum sentences of b and c align when every pair is compared
        assertThat(all.alignments()).anyMatch(a -> a.claims().size() > 1
                && a.claims().stream().noneMatch(c -> c.sourceId().equals("reference")));
    }

    @Test
    void allPairsIsTheDefault() {
        Report plain = Fixtures.reconciler().reconcile(SOURCES);
        Report all = Fixtures.reconciler().reconcile(SOURCES, Comparison.allPairs());
        assertThat(all.findings()).isEqualTo(plain.findings());
        assertThat(all.alignments()).isEqualTo(plain.alignments());
        assertThat(plain.comparison().reference()).isEmpty();
    }

    @Test
    void theReferenceMustBeOneOfTheSources() {
        assertThatThrownBy(() -> Fixtures.reconciler().reconcile(SOURCES, Comparison.against("elsewhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elsewhere");
        assertThatThrownBy(() -> Comparison.against(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aComparisonSaysWhichPairsAndFindingsCount() {
        Comparison ref = Comparison.against("r");
        assertThat(ref.compares("r", "b")).isTrue();
        assertThat(ref.compares("b", "c")).isFalse();
        assertThat(ref.compares("r", "r")).isFalse();
        assertThat(ref.reports(List.of("b"))).isTrue();
        assertThat(ref.reports(List.of("b", "b"))).isTrue();
        assertThat(ref.reports(List.of("b", "c"))).isFalse();
        assertThat(ref.reports(List.of("b", "c", "r"))).isTrue();
        assertThat(Comparison.allPairs().reports(List.of("b", "c"))).isTrue();
        assertThat(Comparison.allPairs().compares("b", "c")).isTrue();
    }

    @Test
    void aGroupedReportKeepsFindingIdsUniqueAndSaysEachSourcesGroup() {
        Report one = Fixtures.reconciler().reconcile(List.of(rename(SOURCES.get(0), "x.a"), rename(SOURCES.get(1), "x.b")));
        Report two = Fixtures.reconciler().reconcile(List.of(rename(SOURCES.get(0), "y.a"), rename(SOURCES.get(1), "y.b")));
        Map<String, Report> byGroup = new LinkedHashMap<>();
        byGroup.put("x", one);
        byGroup.put("y", two);
        Report grouped = Report.grouped(byGroup);

        assertThat(grouped.findings()).hasSize(one.findings().size() + two.findings().size());
        // the same texts give the same discrepancies, so the second group's ids are numbered on
        assertThat(grouped.findings()).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(one.findings()).isNotEmpty();
        assertThat(grouped.findings()).extracting(Finding::id).contains(one.findings().get(0).id() + "-2");
        assertThat(grouped.groupOf("y.b")).contains("y");
        assertThat(grouped.groupOf("x.a")).contains("x");
        assertThat(grouped.sources()).hasSize(4);
        assertThat(grouped.timeline()).hasSize(one.timeline().size() + two.timeline().size());

        Map<String, Report> clash = new LinkedHashMap<>();
        clash.put("x", one);
        clash.put("again", one);
        assertThatThrownBy(() -> Report.grouped(clash)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.a");
    }

    private static Source rename(Source s, String id) {
        return Source.of(id, s.kind(), s.text());
    }
}
