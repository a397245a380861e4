package dev.recon.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Years printed for readers: never "-0043" for 44 BC. */
class YearsTest {

    @Test
    void astronomicalYearsPrintWithTheirEra() {
        assertThat(Years.format(-43)).isEqualTo("44 BC");
        assertThat(Years.format(0)).isEqualTo("1 BC");
        assertThat(Years.format(1)).isEqualTo("AD 1");
        assertThat(Years.format(476)).isEqualTo("AD 476");
        assertThat(Years.format(1950)).isEqualTo("1950");
    }

    @Test
    void spansNameTheEraOnceOrAtTheBoundary() {
        assertThat(Years.range(-263, -145)).isEqualTo("264–146 BC");
        assertThat(Years.range(-26, 14)).isEqualTo("27 BC–AD 14");
        assertThat(Years.range(284, 305)).isEqualTo("AD 284–305");
        assertThat(Years.range(1967, 1975)).isEqualTo("1967–1975");
        assertThat(Years.range(-43, -43)).isEqualTo("44 BC");
    }
}
