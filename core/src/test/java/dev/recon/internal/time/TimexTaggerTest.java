package dev.recon.internal.time;

import dev.recon.model.Relation;
import dev.recon.model.TimeInterval;
import dev.recon.model.TimeMention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexTaggerTest {

    private final TimexTagger tagger = new TimexTagger();

    private TimeMention only(String text) {
        List<TimeMention> found = tagger.tag(text);
        assertThat(found).as("time mentions in '%s'", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Relations began on January 31, 1950.       | January 31, 1950       | 1950-01-31
            He visited in July 1957.                    | July 1957              | 1957-07
            It was written on 1 November 2017.          | 1 November 2017        | 2017-11-01
            The data is from 2019-02-26.                | 2019-02-26             | 2019-02-26
            They visited in November–December 1958.     | November–December 1958 | 1958-11/1958-12
            During the war (1955–1975) aid flowed.      | 1955–1975              | 1955/1975
            Relations declined in the 1990s.            | the 1990s              | 199X
            In early 1967 a squadron arrived.           | early 1967             | 1967
            The century: the 20th century saw it.       | 20th century           | 19
            He studied there between 1998 and 2002.     | 1998 and 2002          | 1998/2002
            It lasted 60 years in all.                  | 60 years               | P60Y
            A 60-hour train ride followed.              | 60-hour                | PT60H
            """)
    void normalises(String sentence, String expectedText, String expectedValue) {
        TimeMention t = only(sentence);
        assertThat(t.text()).isEqualTo(expectedText);
        assertThat(t.value()).isEqualTo(expectedValue);
        assertThat(t.span().of(sentence)).isEqualTo(t.text());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The country was reunified by 1975.        | BY
            Relations deteriorated from 1968.         | SINCE
            They stayed through 1968.                 | UNTIL
            Reforms have run since 1986.              | SINCE
            It happened before 1990.                  | BEFORE
            It was merged in 1976.                    | AT
            """)
    void readsTheRelationFromTheSignal(String sentence, Relation relation) {
        assertThat(only(sentence).relation()).isEqualTo(relation);
    }

    @Test
    void byAYearConflictsWithTheNextYearButNotTheSame() {
        TimeMention by1975 = only("It was done by 1975.");
        assertThat(by1975.conflictsWith(only("It was done in 1976."))).isTrue();
        assertThat(by1975.conflictsWith(only("It was done in 1975."))).isFalse();
        assertThat(only("On January 31, 1950.").conflictsWith(only("In 1950."))).isFalse();
    }

    @Test
    void datesWithoutAYearTakeTheYearOfTheirSentenceThenTheNarrative() {
        String text = "The summit was set for September 11, 2018. Trump named the dates, February 27–28, "
                + "in a speech on February 5, 2019. Kim came on February 26th by train.";
        List<TimeMention> found = tagger.tag(text);
        assertThat(found).extracting(TimeMention::value)
                .containsExactly("2018-09-11", "2019-02-27/2019-02-28", "2019-02-05", "2019-02-26");
    }

    @Test
    void aCreationTimeResolvesRelativeExpressions() {
        LocalDate dct = LocalDate.of(2013, 3, 22);
        assertThat(tagger.tag("Officials said Friday that it was over.", dct))
                .extracting(TimeMention::value).containsExactly("2013-03-22");
        assertThat(tagger.tag("Prices rose last year.", dct)).extracting(TimeMention::value).containsExactly("2012");
        assertThat(tagger.tag("Prices rose this week.", dct)).extracting(TimeMention::value).containsExactly("2013-W12");
    }

    @Test
    void repeatedRunsGiveTheSameResult() {
        String text = "On Friday, last year and this week; in 1975 and the 1990s.";
        LocalDate dct = LocalDate.of(2013, 3, 22);
        assertThat(tagger.tag(text, dct)).isEqualTo(tagger.tag(text, dct));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            approximately 2,000 Vietnamese students
            the 921st and 923rd fighter squadrons
            12.3 million rubles were given
            some 1500 soldiers crossed
            a total of 2882015 votes
            """)
    void numbersThatAreNotDatesAreLeftAlone(String text) {
        assertThat(tagger.tag(text)).isEmpty();
    }

    private static List<String> values(List<TimeMention> ms) {
        return ms.stream().flatMap(m -> m.parts().stream()).map(t -> t.type() + " " + t.value() + " " + t.text()).toList();
    }

    @Test
    void newsStyleExpressionsResolveAgainstTheCreationTime() {
        LocalDate dct = LocalDate.of(2020, 6, 10); // a Wednesday
        assertThat(values(tagger.tag("The mill closed three years ago.", dct))).containsExactly("DATE 2017 three years ago");
        assertThat(values(tagger.tag("Sales fell last March and again last summer.", dct)))
                .containsExactly("DATE 2020-03 last March", "DATE 2019-SU last summer");
        assertThat(values(tagger.tag("The mayor spoke on Monday afternoon.", dct)))
                .containsExactly("TIME 2020-06-08TAF Monday afternoon");
        assertThat(values(tagger.tag("The vote will be held on Friday.", dct))).containsExactly("DATE 2020-06-12 Friday");
        assertThat(values(tagger.tag("Officials said Wednesday that the bridge is safe.", dct)))
                .containsExactly("DATE 2020-06-10 Wednesday");
        assertThat(values(tagger.tag("Trading stopped at 3:30 p.m. on Tuesday.", dct)).get(0))
                .isEqualTo("TIME 2020-06-10T15:30 3:30 p.m.");
        assertThat(values(tagger.tag("The plant opened in September.", dct))).containsExactly("DATE 2019-09 September");
    }

    @Test
    void durationsKeepTheirModifiersAndArticlesAsTimeMlDoes() {
        assertThat(values(tagger.tag("The talks lasted almost seven years.")))
                .containsExactly("DURATION P7Y almost seven years");
        assertThat(tagger.tag("The talks lasted almost seven years.").get(0).parts().get(0).mod()).isEqualTo("LESS_THAN");
        assertThat(values(tagger.tag("Prices doubled over the past two years.")))
                .containsExactly("DURATION P2Y the past two years");
        assertThat(values(tagger.tag("Rain is expected for the next few days.")))
                .containsExactly("DURATION PXD the next few days");
        assertThat(values(tagger.tag("The strike went on for weeks.")))
                .containsExactly("DURATION PXW weeks");
        assertThat(values(tagger.tag("A three-month inquiry began.")))
                .containsExactly("DURATION P3M three-month");
    }

    @Test
    void agesAreNotDurations() {
        assertThat(tagger.tag("His 22-year-old son and a girl aged 6 months were there.")).isEmpty();
    }

    @Test
    void twoDigitYearsFollowTheCreationTimeOrTheInjectedClock() {
        assertThat(values(tagger.tag("Filed 19-Nov-12 by the clerk.", LocalDate.of(2013, 1, 5))))
                .containsExactly("DATE 2012-11-19 19-Nov-12");
        TimexTagger in1999 = new TimexTagger(java.time.Clock.fixed(java.time.Instant.parse("1999-06-01T00:00:00Z"),
                java.time.ZoneOffset.UTC));
        assertThat(values(in1999.tag("Filed 19-Nov-52 by the clerk."))).containsExactly("DATE 1952-11-19 19-Nov-52");
    }

    @Test
    void clockTimesNeedAMeridiemOrMinutes() {
        assertThat(tagger.tag("He scored 3 goals in 2 games.")).isEmpty();
        assertThat(tagger.tag("The race took 2:07:35 in all.")).extracting(TimeMention::text).doesNotContain("07:35");
    }

    /** Fuzz-found: counts too large for a date ("99999999999999999999 days ago") once threw. */
    @Test
    void fuzzFoundHugeOffsetsDoNotThrow() {
        LocalDate dct = LocalDate.of(2013, 3, 22);
        String text = "12months next Fridaymonthsby 2019-13-01 29st to decadesevery 99999999999999999999 weeks ago "
                + "this 31between Feb. - ago 24:00 now century2019-02-30 – now31 late months st 20thseason12 pm";
        assertThat(tagger.tag(text, dct)).isNotNull();
        assertThat(tagger.tag("The rocks formed 9000 years ago.", dct)).extracting(TimeMention::value).containsExactly("PAST_REF");
        assertThat(tagger.tag("It happened 40 years ago.", dct)).extracting(TimeMention::value).containsExactly("1973");
    }

    @Test
    void datesWithoutAYearTakeAYearBeforeTheEraFromTheNarrative() {
        List<TimeMention> found = tagger.tag("Caesar crossed the Rubicon in 49 BC. He was killed on 15 March. "
                + "Vesuvius erupted in AD 79. Pompeii was buried on 24 August.");
        assertThat(found).extracting(TimeMention::value)
                .containsExactly("BC0049", "BC0049-03-15", "0079", "0079-08-24");
        assertThat(found.get(1).interval().from()).isEqualTo(LocalDate.of(-48, 3, 15));
    }

    /** "1500 years ago" was written 513, which reads as the decade 5130s; a year has four digits. */
    @Test
    void yearsAgoBeforeTheYear1000HaveFourDigits() {
        TimeMention t = tagger.tag("The church was built 1500 years ago.", LocalDate.of(2013, 3, 22)).get(0);
        assertThat(t.value()).isEqualTo("0513");
        assertThat(t.interval()).isEqualTo(TimeInterval.year(513));
    }
}
