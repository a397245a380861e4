package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.model.TimeInterval;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods in finding messages ("Roman Republic (509–27 BC) in a claim about AD 79") print eras, not signs. */
class PeriodsTest {

    @Test
    void periodsBeforeTheEraPrintWithBc() {
        // as the knowledge base writes them: astronomical years, 509 BC is -508
        assertThat(Periods.describe(new TimeInterval(LocalDate.of(-508, 1, 1), LocalDate.of(-26, 1, 16))))
                .isEqualTo("509–27 BC");
        assertThat(Periods.describe(new TimeInterval(LocalDate.of(-26, 1, 16), LocalDate.of(14, 8, 19))))
                .isEqualTo("27 BC–AD 14");
        assertThat(Periods.describe(TimeInterval.year(-43))).isEqualTo("44 BC");
        assertThat(Periods.describe(TimeInterval.year(0))).isEqualTo("1 BC");
        assertThat(Periods.describe(new TimeInterval(null, LocalDate.of(-145, 12, 31)))).isEqualTo("until 146 BC");
        assertThat(Periods.describe(new TimeInterval(LocalDate.of(-263, 1, 1), null))).isEqualTo("from 264 BC");
        assertThat(Periods.describe(TimeInterval.ofValue("0079").orElseThrow())).isEqualTo("AD 79");
    }

    @Test
    void modernPeriodsPrintAsBefore() {
        assertThat(Periods.describe(new TimeInterval(LocalDate.of(1967, 1, 1), LocalDate.of(1975, 12, 31))))
                .isEqualTo("1967–1975");
        assertThat(Periods.describe(new TimeInterval(LocalDate.of(1991, 12, 26), null))).isEqualTo("from 1991");
        assertThat(Periods.describe(new TimeInterval(null, LocalDate.of(1975, 4, 30)))).isEqualTo("until 1975");
        assertThat(Periods.describe(TimeInterval.year(1950))).isEqualTo("1950");
        assertThat(Periods.describe(null)).isEqualTo("an unknown time");
    }
}
