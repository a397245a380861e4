package dev.recon.internal.time;

import dev.recon.model.TimeInterval;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Intervals across the era boundary: TIMEX3 values before the common era, the knowledge base's
 * astronomical dates ({@code LocalDate.of(-26, 1, 1)} is 1 January 27 BC), and the year 0 that neither
 * era has.
 */
class EraIntervalTest {

    private static TimeInterval of(String value) {
        return TimeInterval.ofValue(value).orElseThrow(() -> new AssertionError("no interval for " + value));
    }

    @Test
    void oneBcIsFollowedDirectlyByAdOne() {
        TimeInterval oneBc = of("BC0001");
        TimeInterval adOne = of("0001");
        assertThat(oneBc).isEqualTo(TimeInterval.year(0));
        assertThat(oneBc.to().plusDays(1)).isEqualTo(adOne.from());
        assertThat(oneBc.overlaps(adOne)).isFalse();
        // two years, the first of them (astronomical year 0) a leap year in the proleptic Gregorian calendar
        assertThat(oneBc.span(adOne).days()).isEqualTo(366 + 365);
    }

    @Test
    void thereIsNoYearZeroInEitherEra() {
        assertThat(TimeInterval.ofValue("0000")).isEmpty();
        assertThat(TimeInterval.ofValue("BC0000")).isEmpty();
        assertThat(TimeInterval.ofValue("BC0000-03-15")).isEmpty();
        // a span that would start at year 0 starts at year 1 of its era
        assertThat(of("000X")).isEqualTo(new TimeInterval(LocalDate.of(1, 1, 1), LocalDate.of(9, 12, 31)));
        assertThat(of("00")).isEqualTo(new TimeInterval(LocalDate.of(1, 1, 1), LocalDate.of(99, 12, 31)));
        assertThat(of("BC000X")).isEqualTo(new TimeInterval(LocalDate.of(-8, 1, 1), LocalDate.of(0, 12, 31)));
        assertThat(of("BC0")).isEqualTo(new TimeInterval(LocalDate.of(-998, 1, 1), LocalDate.of(0, 12, 31)));
    }

    @Test
    void yearsBeforeTheEraOrderBackwardsFromItsStart() {
        List<String> values = List.of("0476", "BC0044", "1950", "BC0001", "BC2560", "0001", "BC0043", "BC10000");
        List<String> ordered = values.stream().sorted(Comparator.comparing(v -> of(v).from())).toList();
        assertThat(ordered).containsExactly("BC10000", "BC2560", "BC0044", "BC0043", "BC0001", "0001", "0476", "1950");
        assertThat(of("BC0044").to().isBefore(of("BC0043").from())).isTrue();
    }

    @Test
    void centuriesAndDecadesBeforeTheEraOverlapWhatTheyHold() {
        TimeInterval firstCenturyBc = of("BC00");
        TimeInterval firstCenturyAd = of("00");
        assertThat(firstCenturyBc.overlaps(of("BC0001"))).isTrue();
        assertThat(firstCenturyBc.overlaps(of("BC0099"))).isTrue();
        assertThat(firstCenturyBc.overlaps(of("BC0100"))).isFalse();
        assertThat(firstCenturyBc.overlaps(of("0001"))).isFalse();
        assertThat(firstCenturyAd.overlaps(of("0001"))).isTrue();
        assertThat(firstCenturyAd.overlaps(firstCenturyBc)).isFalse();
        assertThat(of("BC04").overlaps(of("BC0431"))).isTrue();
        assertThat(of("BC019X")).isEqualTo(of("BC019"));
        assertThat(of("BC019X").overlaps(of("BC0195"))).isTrue();
        assertThat(of("BC019X").overlaps(of("BC0200"))).isFalse();
        assertThat(of("BC1").overlaps(of("BC1500"))).isTrue();
    }

    @Test
    void aRangeAcrossTheBoundaryHoldsBothEnds() {
        TimeInterval augustus = of("BC0027").span(of("0014"));
        assertThat(augustus.overlaps(of("BC0001"))).isTrue();
        assertThat(augustus.overlaps(of("0001"))).isTrue();
        assertThat(augustus.overlaps(of("BC0028"))).isFalse();
        assertThat(augustus.overlaps(of("0015"))).isFalse();
    }

    @Test
    void knowledgeBaseDatesInAstronomicalYearsMeetTaggedValues() {
        // 16 January 27 BC to 19 August AD 14, as a knowledge base entry writes it with java.time
        TimeInterval principate = new TimeInterval(LocalDate.of(-26, 1, 16), LocalDate.of(14, 8, 19));
        assertThat(principate.overlaps(of("BC0027"))).isTrue();
        assertThat(principate.overlaps(of("BC0027-01-15"))).isFalse();
        assertThat(principate.overlaps(of("BC0044-03-15"))).isFalse();
        assertThat(principate.overlaps(of("0014-08"))).isTrue();
        assertThat(principate.overlaps(of("0014-09"))).isFalse();
        assertThat(principate.overlaps(of("BC00"))).isTrue();
    }

    @Test
    void everyYearRoundTripsThroughItsTimexValue() {
        for (int y = -3000; y <= 3000; y++) {
            String value = Years.timexYear(y);
            assertThat(of(value)).as(value).isEqualTo(TimeInterval.year(y));
        }
        assertThat(Years.timexYear(-43)).isEqualTo("BC0044");
        assertThat(Years.timexYear(0)).isEqualTo("BC0001");
        assertThat(Years.timexYear(476)).isEqualTo("0476");
    }

    @Test
    void seasonsBeforeTheEraAndModernCalendarsDoNot() {
        assertThat(of("BC0044-WI")).isEqualTo(new TimeInterval(LocalDate.of(-43, 12, 1), LocalDate.of(-42, 2, 28)));
        assertThat(TimeInterval.ofValue("BC0044-Q1")).isEmpty();
        assertThat(TimeInterval.ofValue("BC0044-W11")).isEmpty();
        // beyond java.time's years: no interval, no exception
        assertThat(TimeInterval.ofValue("BC99999999999")).isEmpty();
        assertThat(of("BC99999").from().getYear()).isEqualTo(-99998);
    }
}
