package dev.recon.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.text.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final String COPY_ONE = "Intro one.\nThe canal opened in 1869 after ten years of digging.\n";
    private static final String COPY_TWO = "Intro two.\nThe canal opened in 1869 after ten years of digging.\n";
    private static final String OTHER = "Intro, longer.\nThe canal opened in 1870 after ten years of digging.\n";

    /**
     * Three sources, two of which say the same: one date mismatch between each copy and OTHER, quoting
     * the same words, so both would have the same id but for the number. Returns each id with the text
     * of the copy its finding quotes.
     */
    private static Map<String, String> idsByCopy(String nameOne, String nameTwo, String nameOther) {
        Map<String, String> texts = Map.of(nameOne, COPY_ONE, nameTwo, COPY_TWO, nameOther, OTHER);
        Findings findings = new Findings(texts);
        Span other = new Span(OTHER.indexOf("1870"), OTHER.indexOf("1870") + 4);
        for (String copy : List.of(nameOne, nameTwo)) {
            Span own = new Span(COPY_ONE.indexOf("1869"), COPY_ONE.indexOf("1869") + 4);
            findings.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "1869 or 1870",
                    List.of(findings.quote(copy, own, "canal"), findings.quote(nameOther, other, "canal")), List.of());
        }
        Map<String, String> out = new HashMap<>();
        for (Finding f : findings.build(List.of(nameOne, nameTwo, nameOther))) {
            String copy = f.evidence().stream().map(Evidence::source).filter(s -> !s.equals(nameOther))
                    .findFirst().orElseThrow();
            out.put(f.id(), texts.get(copy));
        }
        return out;
    }

    @Test
    void aMergedFindingQuotesEverySourceOnceAndSaysWhereItRecurs() {
        Findings findings = new Findings(Map.of("a", COPY_ONE, "b", COPY_TWO, "o", OTHER));
        Span other = new Span(OTHER.indexOf("1870"), OTHER.indexOf("1870") + 4);
        Span own = new Span(COPY_ONE.indexOf("1869"), COPY_ONE.indexOf("1869") + 4);
        findings.add(FindingKind.DATE_MISMATCH, Severity.MINOR, "a says 1869, o says 1870.",
                List.of(findings.quote("a", own, "canal"), findings.quote("o", other, "canal")), List.of());
        findings.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "b says 1869, o says 1870.",
                List.of(findings.quote("b", own, "canal"), findings.quote("o", other, "canal")), List.of());
        List<Finding> built = findings.build(List.of("a", "b", "o"));
        assertThat(built).hasSize(1);
        Finding f = built.get(0);
        assertThat(f.evidence()).extracting(Evidence::source).containsExactlyInAnyOrder("a", "b", "o");
        assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        assertThat(f.message()).matches("[ab] says 1869, o says 1870\\. The same in [ab] and o\\.");
    }

    @Test
    void oneDiscrepancyBetweenSeveralPairsOfSourcesIsOneFindingThatNoNameDecides() {
        Map<String, String> named = idsByCopy("copy-1", "copy-2", "other");
        // one finding, led by the same copy's text whatever the files are called
        assertThat(named).hasSize(1);
        assertThat(named.keySet()).allMatch(id -> id.matches("date-mismatch-[0-9a-f]{10}"));
        // other names that sort the other way round, and the copies given in the other order
        assertThat(idsByCopy("z-copy", "a-copy", "m-other")).isEqualTo(named);
        assertThat(idsByCopy("copy-2", "copy-1", "other")).isEqualTo(named);
    }

    @Test
    void branchesMergedInOrderGiveWhatAddingInThatOrderGives() {
        Map<String, String> texts = Map.of("a", COPY_ONE, "o", OTHER);
        Span own = new Span(COPY_ONE.indexOf("1869"), COPY_ONE.indexOf("1869") + 4);
        Span other = new Span(OTHER.indexOf("1870"), OTHER.indexOf("1870") + 4);
        Findings serial = new Findings(texts);
        Findings root = new Findings(texts);
        Findings first = root.branch();
        Findings second = root.branch();
        // the same finding twice at one severity: the first added keeps its message
        for (Findings f : List.of(serial, first)) {
            f.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "first words", List.of(f.quote("a", own, "canal"),
                    f.quote("o", other, "canal")), List.of());
        }
        for (Findings f : List.of(serial, second)) {
            f.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "second words", List.of(f.quote("a", own, "canal"),
                    f.quote("o", other, "canal")), List.of());
        }
        assertThat(first.covers("a", own, FindingKind.DATE_MISMATCH)).isTrue();
        assertThat(root.covers("a", own, FindingKind.DATE_MISMATCH)).as("a branch leaves its parent alone").isFalse();
        root.merge(first);
        root.merge(second);
        assertThat(root.build(List.of("a", "o"))).isEqualTo(serial.build(List.of("a", "o")))
                .extracting(Finding::message).containsExactly("first words");
    }

    @Test
    void aBranchCoversWhatItsParentCovers() {
        Findings root = new Findings(Map.of("a", COPY_ONE, "o", OTHER));
        Span own = new Span(COPY_ONE.indexOf("1869"), COPY_ONE.indexOf("1869") + 4);
        root.add(FindingKind.ANACHRONISM, Severity.MINOR, "m", List.of(root.quote("a", own, "canal")), List.of());
        Findings branch = root.branch();
        assertThat(branch.covers("a", own, FindingKind.ANACHRONISM)).isTrue();
        assertThat(branch.covers("a", own, FindingKind.OMISSION)).isFalse();
        Findings stranger = new Findings(Map.of("a", COPY_ONE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stranger.merge(branch))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> branch.build(List.of("a")))
                .isInstanceOf(IllegalStateException.class);
    }
}
