package dev.recon.internal.finding;

import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.model.Claim;
import dev.recon.model.Span;
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

    private static final String FOUNDED_A = "Nokia began in 1865, when Fredrik Idestam founded a pulp mill.\n";
    private static final String FOUNDED_B = "The company was founded in 1871 by Fredrik Idestam.\n";

    private static Claim sentence(String id, String source, String text) {
        return new Claim(id, source, new Span(0, text.length() - 1), text.strip(), "", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, false, null);
    }

    private static Span of(String text, String words) {
        return new Span(text.indexOf(words), text.indexOf(words) + words.length());
    }

    /**
     * The founding-date case: one detector quotes "1865, when Fredrik Idestam founded" against "founded in
     * 1871", another the bare years, both over the same two claims. A reader sees one finding: the wider.
     */
    @Test
    void aFoundingDateDisputedTwiceOverTheSameClaimsIsOneFinding() {
        Findings findings = new Findings(Map.of("a", FOUNDED_A, "b", FOUNDED_B));
        List<Claim> claims = List.of(sentence("c-a-1", "a", FOUNDED_A), sentence("c-b-1", "b", FOUNDED_B));
        findings.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "a dates the founding 1865 where b says 1871.",
                List.of(findings.quote("a", of(FOUNDED_A, "1865, when Fredrik Idestam founded"), "1"),
                        findings.quote("b", of(FOUNDED_B, "founded in 1871"), "1")), claims);
        findings.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "a dates the sentence 1865 where b says 1871.",
                List.of(findings.quote("a", of(FOUNDED_A, "1865"), "1"), findings.quote("b", of(FOUNDED_B, "1871"), "1")), claims);
        List<Finding> built = findings.build(List.of("a", "b"));
        assertThat(built).hasSize(1);
        Finding f = built.get(0);
        assertThat(f.message()).isEqualTo("a dates the founding 1865 where b says 1871.");
        assertThat(f.evidence()).extracting(Evidence::text).containsExactly("1865, when Fredrik Idestam founded", "founded in 1871");
        assertThat(f.claims()).containsExactly("c-a-1", "c-b-1");
    }

    @Test
    void theWiderOfTwoNestedFindingsKeepsTheIdItHasAlone() {
        List<Claim> claims = List.of(sentence("c-a-1", "a", FOUNDED_A), sentence("c-b-1", "b", FOUNDED_B));
        Findings alone = new Findings(Map.of("a", FOUNDED_A, "b", FOUNDED_B));
        Findings both = new Findings(Map.of("a", FOUNDED_A, "b", FOUNDED_B));
        for (Findings f : List.of(both, alone)) {
            f.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "wide", List.of(f.quote("a", of(FOUNDED_A, "1865, when"), "1"),
                    f.quote("b", of(FOUNDED_B, "founded in 1871"), "1")), claims);
        }
        // added after the wider here and before it below: the order detectors run in decides nothing
        both.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "narrow", List.of(both.quote("a", of(FOUNDED_A, "1865"), "1"),
                both.quote("b", of(FOUNDED_B, "1871"), "1")), claims);
        Findings reversed = new Findings(Map.of("a", FOUNDED_A, "b", FOUNDED_B));
        reversed.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "narrow", List.of(reversed.quote("a", of(FOUNDED_A, "1865"), "1"),
                reversed.quote("b", of(FOUNDED_B, "1871"), "1")), claims);
        reversed.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "wide", List.of(reversed.quote("a", of(FOUNDED_A, "1865, when"), "1"),
                reversed.quote("b", of(FOUNDED_B, "founded in 1871"), "1")), claims);
        List<Finding> expected = alone.build(List.of("a", "b"));
        assertThat(both.build(List.of("a", "b"))).isEqualTo(expected);
        assertThat(reversed.build(List.of("a", "b"))).isEqualTo(expected);
    }

    @Test
    void findingsOverOtherClaimsOrQuotesOutsideEachOtherOrOfAnotherSeverityStayApart() {
        String a = "Built in 1865 and rebuilt in 1901.\n";
        String b = "Built in 1866 and rebuilt in 1902.\n";
        Findings findings = new Findings(Map.of("a", a, "b", b));
        List<Claim> claims = List.of(sentence("c-a-1", "a", a), sentence("c-b-1", "b", b));
        // one sentence pair, two dates disputed: the quotes do not nest
        findings.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "built", List.of(findings.quote("a", of(a, "1865"), "1"),
                findings.quote("b", of(b, "1866"), "1")), claims);
        findings.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "rebuilt", List.of(findings.quote("a", of(a, "1901"), "1"),
                findings.quote("b", of(b, "1902"), "1")), claims);
        // nested quotes, but another kind
        findings.add(FindingKind.CONTRADICTION, Severity.MAJOR, "contradiction", List.of(findings.quote("a", of(a, "1865"), "1"),
                findings.quote("b", of(b, "1866"), "1")), claims);
        // nested quotes, but judged otherwise: "the south of the Gold Coast" against "the south of Ghana" is
        // a minor finding (one territory, the names of two periods) beside a major one about the names alone
        findings.add(FindingKind.CONTRADICTION, Severity.MINOR, "judged otherwise", List.of(findings.quote("a", of(a, "in 1865"), "1"),
                findings.quote("b", of(b, "in 1866"), "1")), claims);
        // nested quotes, but one claim only: not a pair of facts
        findings.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, "one claim", List.of(findings.quote("a", of(a, "186"), "1"),
                findings.quote("b", of(b, "186"), "1")), claims.subList(0, 1));
        assertThat(findings.build(List.of("a", "b"))).extracting(Finding::message)
                .containsExactlyInAnyOrder("built", "rebuilt", "contradiction", "judged otherwise", "one claim");
    }
}
