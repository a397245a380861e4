package dev.recon.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignerTest {

    @Test
    void wordRatioCountsWordsBothKeepInOrder() {
        assertThat(Aligner.wordRatio(List.of("a", "b", "c"), List.of("a", "b", "c"))).isEqualTo(1.0);
        assertThat(Aligner.wordRatio(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d"))).isEqualTo(0.75);
        assertThat(Aligner.wordRatio(List.of("a"), List.of("b"))).isZero();
        assertThat(Aligner.wordRatio(List.of(), List.of())).isEqualTo(1.0);
        assertThat(Aligner.wordRatio(List.of("a", "b"), List.of())).isZero();
        // "b c" is kept in order, the crossed "a" is not
        assertThat(Aligner.wordRatio(List.of("a", "b", "c"), List.of("b", "c", "a"))).isEqualTo(2.0 * 2 / 6);
    }

    /**
     * The ratio used to come from a java-diff-utils (Myers) diff, which keeps a longest common
     * subsequence; the dynamic programme that replaced it must agree with it on any input.
     */
    @Test
    void wordRatioAgreesWithAMyersDiff() {
        Random random = new Random(20261123);
        for (int round = 0; round < 2_000; round++) {
            List<String> a = words(random);
            List<String> b = words(random);
            int changed = 0;
            for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
                changed += d.getSource().size();
            }
            double byDiff = a.isEmpty() && b.isEmpty() ? 1 : 2.0 * (a.size() - changed) / (a.size() + b.size());
            assertThat(Aligner.wordRatio(a, b)).as("%s / %s", a, b).isEqualTo(byDiff);
        }
    }

    private static List<String> words(Random random) {
        List<String> out = new ArrayList<>();
        int n = random.nextInt(25);
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf((char) ('a' + random.nextInt(6))));
        }
        return out;
    }
}
