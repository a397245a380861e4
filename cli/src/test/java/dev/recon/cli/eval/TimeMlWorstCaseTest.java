package dev.recon.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** TimeML is read in time linear in the file, whatever runs of tags or letters it holds (docs/redos-audit.md). */
class TimeMlWorstCaseTest {

    /** Long enough that the old quadratic patterns took minutes. */
    private static final int LENGTH = 100_000;
    /** A hang guard, not a benchmark. */
    private static final Duration GUARD = Duration.ofSeconds(5);
    private static final String DCT = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-06\"/></DCT>";

    private static TimeMlDocument parse(String xml) {
        return assertTimeoutPreemptively(GUARD, () -> TimeMlDocument.parse(xml, "worst.tml"));
    }

    @Test
    void blanksInTheIdAndUnclosedTagsInTheTextEnd() {
        String body = "<a".repeat(LENGTH / 2);
        TimeMlDocument doc = parse("<DOCID>" + " ".repeat(LENGTH) + "x</DOCID>" + DCT + "<TEXT>" + body + "</TEXT>");
        assertThat(doc.id()).isEqualTo("x");
        assertThat(doc.text()).isEqualTo(body);
    }

    @Test
    void aLongRunOfLettersBeforeAnAttributeEnds() {
        TimeMlDocument doc = parse(DCT + "<TEXT>In <TIMEX3 " + "a".repeat(LENGTH)
                + " tid=\"t1\" type=\"DATE\" value=\"1997\">1997</TIMEX3> it rained.</TEXT>");
        assertThat(doc.gold()).extracting(t -> t.value()).containsExactly("1997");
        assertThat(doc.text()).isEqualTo("In 1997 it rained.");
    }

    @Test
    void manyUnclosedTextElementsAreRefusedQuickly() {
        String xml = DCT + "<TEXT>".repeat(LENGTH / "<TEXT>".length());
        assertThatThrownBy(() -> parse(xml)).isInstanceOf(IllegalArgumentException.class);
    }
}
