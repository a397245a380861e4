package dev.recon.internal.time;

import dev.recon.model.TimeMention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The historical rules (eras, early years, centuries; {@link EraRules}) on the worst lines found for
 * them, each about {@value #LENGTH} characters (docs/redos-audit.md): long runs of what their
 * quantifiers and lookarounds read, behind the prefixes and before the endings that make a match fail
 * late. Each run must finish well inside the guard, and a date after the run must still be read.
 */
class EraRulesWorstCaseTest {

    /** Long enough that a quadratic pattern takes minutes, and a recursive one overflows the stack. */
    private static final int LENGTH = 100_000;
    /** A hang guard, not a benchmark: a linear pass over the line takes milliseconds. */
    private static final Duration GUARD = Duration.ofSeconds(5);

    private final TimexTagger tagger = new TimexTagger();

    /**
     * @param prefix what comes before the run ("in ", "the ")
     * @param unit   the repeated unit, with "_" for a blank, since the CSV trims blanks
     * @param ending what comes after it, so that the last match fails or succeeds late
     */
    @ParameterizedTest(name = "''{0}'' + ''{1}''... + ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            ''    | 1_and_      | BC
            ''    | 1,_         | BC
            ''    | 1_or_       | x
            ''    | 1–          | _BC
            (     | 1_–_c._     | BC
            ''    | AD_1–       | x
            ''    | 12,         | _BC
            ''    | 1           | _BC
            ''    | 1_          | cases
            the_  | 5th_and_    | century
            ''    | fifth-      | century_BC
            ''    | twenty-first_ | centuries
            ''    | the_        | 40s_BC
            ''    | early_      | 40s
            ''    | March_      | 44_BC
            ''    | 15_March_   | AD
            ''    | c._         | 44_BC
            ''    | in_         | 476
            ''    | in_476_     | cases
            ''    | by_300_     | metres
            ''    | the_year_   | 410
            ''    | _           | BC
            44    | _           | BC
            ''    | 1\u00A0     | BC
            """)
    void aLongRunEndsAndADateAfterItIsRead(String prefix, String unit, String ending) {
        String u = unit.replace('_', ' ').replace("\\u00A0", "\u00A0");
        String line = prefix.replace('_', ' ') + u.repeat(LENGTH / u.length()) + ending.replace('_', ' ');
        String text = line + "\n\nRome was sacked in AD 410.";
        List<TimeMention> found = assertTimeoutPreemptively(GUARD, () -> tagger.tag(text));
        assertThat(found).isNotEmpty();
        TimeMention last = found.get(found.size() - 1);
        assertThat(last.text()).isEqualTo("AD 410");
        assertThat(last.value()).isEqualTo("0410");
    }
}
