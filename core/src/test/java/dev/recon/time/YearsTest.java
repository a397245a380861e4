package dev.recon.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BC0044        | 44 BC
            BC0044-03     | March 44 BC
            BC0044-03-15  | 15 March 44 BC
            BC0044-SU     | summer 44 BC
            BC019X        | 190s BC
            BC04          | 5th century BC
            BC00          | 1st century BC
            BC10          | 11th century BC
            BC20          | 21st century BC
            BC1           | 2nd millennium BC
            BC0264/BC0146 | 264–146 BC
            BC0027/0014   | 27 BC–AD 14
            BC04/BC03     | 5th century BC–4th century BC
            0476          | AD 476
            02            | 3rd century AD
            1950-01-31    | 1950-01-31
            199X          | 199X
            19            | 19
            2013-W11      | 2013-W11
            PRESENT_REF   | PRESENT_REF
            """)
    void timexValuesReadAsDatesBeforeTheEra(String value, String readable) {
        assertThat(Years.readable(value)).isEqualTo(readable);
    }
}
