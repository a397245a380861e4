package dev.recon.internal.fact;

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

/** Figures that state one fact in other words are paired across sources; figures that agree are not. */
class FigureConflictTest {

    private static List<Finding> mismatches(String a, String b) {
        Report r = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.NEWS, a),
                Source.of("b", SourceKind.NEWS, b)));
        return r.findings().stream().filter(f -> f.kind() == FindingKind.NUMBER_MISMATCH).toList();
    }

    private static boolean quotes(Finding f, String a, String b) {
        List<String> texts = f.evidence().stream().map(Evidence::text).toList();
        return texts.stream().anyMatch(t -> t.contains(a)) && texts.stream().anyMatch(t -> t.contains(b));
    }

    @Test
    void paraphrasedCountsArePairedAndNotReportedAsUnsupported() {
        String a = "At least 41 people were aboard the ferry, the coast guard said. "
                + "The landslide killed 212 people and injured 1,300.";
        String b = "There were 38 people on board. "
                + "According to local officials, 187 people died and 950 were injured in the landslide.";
        Report r = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.NEWS, a),
                Source.of("b", SourceKind.NEWS, b)));
        List<Finding> found = r.findings().stream().filter(f -> f.kind() == FindingKind.NUMBER_MISMATCH).toList();
        assertThat(found).anyMatch(f -> quotes(f, "41", "38"));
        assertThat(found).anyMatch(f -> quotes(f, "212", "187"));
        assertThat(found).anyMatch(f -> quotes(f, "1,300", "950"));
        assertThat(found).noneMatch(f -> quotes(f, "41", "187") || quotes(f, "212", "950"));
        // a conflict is a mismatch, never a claim left alone
        assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.UNSUPPORTED_CLAIM);
    }

    @Test
    void boundsAndApproximationsAllowWhatTheyAllow() {
        assertThat(mismatches("More than 40 people were aboard the boat.", "44 people were aboard the boat."))
                .isEmpty();
        assertThat(mismatches("Almost 600 people were injured in the riots.", "568 people were injured in the riots."))
                .isEmpty();
    }

    @Test
    void unitsAreConvertedBeforeComparing() {
        assertThat(mismatches("The dam is 65 miles from Denver.", "The dam is about 140 km from Denver.")).hasSize(1);
        assertThat(mismatches("The dam is 65 miles from Denver.", "The dam is 105 km from Denver.")).isEmpty();
    }

    @Test
    void figuresAboutDifferentThingsAreNeverCompared() {
        assertThat(mismatches("Twelve Germans were injured in the crash.", "Nine Italians were injured in the crash."))
                .isEmpty();
        assertThat(mismatches("The storm killed 14 people.", "The storm injured 30 people.")).isEmpty();
        assertThat(mismatches("Flight 302 carried 157 people.", "The flight carried 157 people.")).isEmpty();
    }

    @Test
    void identicalSourcesGiveNoDiscrepancy() {
        String text = "The earthquake killed 2,100 people and injured 3,400. It measured 6.1 on the Richter scale. "
                + "The epicentre was 70 km south of the capital.";
        Report r = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.NEWS, text),
                Source.of("b", SourceKind.NEWS, text)));
        assertThat(r.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void levelsOnAScaleAndCountsOfOccurrencesAreCompared() {
        assertThat(mismatches("Shaking reached intensity VIII in the city.", "Shaking reached intensity VI in the city."))
                .hasSize(1);
        assertThat(mismatches("The minister visited the region twice.", "The minister visited the region three times."))
                .hasSize(1);
        assertThat(mismatches("The minister visited the region twice.", "The minister visited the region 2 times."))
                .isEmpty();
    }

    @Test
    void anOrdinalOccasionCountsOccurrences() {
        List<Finding> found = mismatches("In 2014 the party won the election for the third time.",
                "In 2014 the party won the election for the second time.");
        assertThat(found).hasSize(1);
        assertThat(quotes(found.get(0), "third time", "second time")).isTrue();
        assertThat(mismatches("In 2014 the party won the election for the 3rd time.",
                "In 2014 the party won the election for the third time.")).isEmpty();
        // an ordinal that ranks a thing, not an occurrence, is no count
        assertThat(mismatches("The party won the third round of the election.",
                "The party won the second round of the election.")).isEmpty();
    }

    private static List<Finding> dateMismatches(String a, String b) {
        Report r = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.NEWS, a),
                Source.of("b", SourceKind.NEWS, b)));
        return r.findings().stream().filter(f -> f.kind() == FindingKind.DATE_MISMATCH).toList();
    }

    @Test
    void clockTimesAreComparedAcrossTheZonesTheTextStates() {
        assertThat(dateMismatches("The Kestrel flight took off from Oslo at 10:33 am.",
                "The Kestrel flight took off from Oslo at 10:53 am.")).hasSize(1);
        assertThat(dateMismatches("The probe hit the comet Tempel at 7:14 p.m. EDT.",
                "The probe hit the comet Tempel at 2314 GMT.")).isEmpty();
        assertThat(dateMismatches("The probe hit the comet Tempel at 7:14 p.m. EDT.",
                "The probe hit the comet Tempel at 2214 GMT.")).hasSize(1);
        assertThat(dateMismatches("The quake struck Lisbon at 11:11 pm.", "The quake struck Lisbon at 23:11.")).isEmpty();
    }

    @Test
    void daysOfTheWeekOfOneHappeningAreCompared() {
        assertThat(dateMismatches("Smith was defeated by Jones in the runoff on Monday.",
                "Jones on Sunday defeated Smith in the runoff.")).hasSize(1);
        assertThat(dateMismatches("Smith was defeated by Jones in the runoff on Sunday.",
                "Jones on Sunday defeated Smith in the runoff.")).isEmpty();
    }

    @Test
    void durationsOfOneHappeningAreCompared() {
        assertThat(mismatches("The ferry sailed for 12 hours before it sank.", "The ferry sailed for 14 hours before it sank."))
                .hasSize(1);
        assertThat(mismatches("The ferry sailed for 12 hours before it sank.", "The rescue lasted 14 hours in all."))
                .isEmpty();
    }

    @Test
    void aDurationIsCheckedAgainstTheDatesItSpans() {
        assertThat(mismatches("It was a ten-day voyage across the Atlantic.",
                "The voyage lasted from 3 May to 14 May 1850.")).hasSize(1);
        assertThat(mismatches("It was a twelve-day voyage across the Atlantic.",
                "The voyage lasted from 3 May to 14 May 1850.")).isEmpty();
    }

    @Test
    void sumsAreComparedWithinOneCurrencyAndOneSubject() {
        assertThat(mismatches("The Orion mission cost $25 billion.", "The Orion mission cost $30 billion.")).hasSize(1);
        assertThat(mismatches("The Orion mission cost $25 billion.", "The Gemini mission cost $1.3 billion.")).isEmpty();
        assertThat(mismatches("The Orion mission cost $25 billion.", "The Orion mission cost €30 billion.")).isEmpty();
    }
}
