package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every form of value the time package writes, as a reader should see it. */
class ReadableTimeTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1958                    | 1958
            1958-06                 | June 1958
            1958-06-03              | 3 June 1958
            XXXX-06                 | June
            XXXX-06-03              | 3 June
            199X                    | the 1990s
            047X                    | the AD 470s
            BC019X                  | the 190s BC
            18                      | the 19th century
            19                      | the 20th century
            02                      | the 3rd century AD
            BC04                    | the 5th century BC
            BC00                    | the 1st century BC
            1                       | the 2nd millennium
            0                       | the 1st millennium AD
            BC1                     | the 2nd millennium BC
            1958-SP                 | spring 1958
            1958-SU                 | summer 1958
            1958-FA                 | autumn 1958
            1958-WI                 | winter 1958
            2013-Q1                 | the first quarter of 2013
            2013-H2                 | the second half of 2013
            2013-W11                | week 11 of 2013
            1958-11-03TMO           | 3 November 1958, morning
            1958-11-03TNI           | 3 November 1958, night
            1958-11-03T14:30        | 3 November 1958, 14:30
            1958-11-03T09           | 3 November 1958, 09:00
            BC0044                  | 44 BC
            BC0044-03-15            | 15 March 44 BC
            0079                    | AD 79
            0476                    | AD 476
            PRESENT_REF             | now
            PAST_REF                | the past
            FUTURE_REF              | the future
            P60Y                    | 60 years
            P1D                     | 1 day
            PT2H                    | 2 hours
            PXY                     | years
            P2DE                    | 2 decades
            1958-11/1958-12         | Nov–Dec 1958
            1958-06-03/1958-06-05   | 3–5 June 1958
            1958-06-03/1958-07-05   | 3 June 1958 – 5 July 1958
            1967/1975               | 1967–1975
            BC0264/BC0146           | 264–146 BC
            BC0027/0014             | 27 BC–AD 14
            0284/0305               | AD 284–305
            BC04/BC03               | the 5th century BC – the 4th century BC
            199X/200X               | the 1990s – the 2000s
            1958-SP/1958-SU         | spring 1958 – summer 1958
            """)
    void readsAsEnglish(String value, String expected) {
        assertThat(ReadableTime.of(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is shown as it is")
    @CsvSource(delimiter = '|', textBlock = """
            XXXX
            XXXX-XX
            XXXX-WXX
            XXXX-XX-XXTMO
            0000
            1958-13
            0000/1958
            P60
            something else
            a/b/c
            """)
    void valuesOfNoKnownFormAreKeptAsTheyAre(String value) {
        assertThat(ReadableTime.of(value)).isEqualTo(value);
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(ReadableTime.of("")).isEmpty();
    }
}
