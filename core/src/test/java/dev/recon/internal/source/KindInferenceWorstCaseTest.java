package dev.recon.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Heading marks are cut off in linear time (docs/redos-audit.md), and as the old regex cut them. */
class KindInferenceWorstCaseTest {

    /** Long enough that the old quadratic regex took minutes. */
    private static final int LENGTH = 100_000;
    /** A hang guard, not a benchmark. */
    private static final Duration GUARD = Duration.ofSeconds(5);

    @Test
    void aLineOfStarsEndingInAWordEnds() {
        String line = "*".repeat(LENGTH) + "x" + "*".repeat(LENGTH) + "x";
        int cues = assertTimeoutPreemptively(GUARD, () -> KindInference.english().cues(line));
        assertThat(cues).isZero();
    }

    @Test
    void headingMarksAreCutAsBefore() {
        assertThat(KindInference.headingWords("## **See also:**")).isEqualTo("See also");
        assertThat(KindInference.headingWords("#*:")).isEmpty();
        assertThat(KindInference.headingWords("# C# notes *")).isEqualTo("C# notes");
        assertThat(KindInference.headingWords("plain")).isEqualTo("plain");
    }
}
