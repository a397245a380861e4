package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random documents built from fragments that have troubled text tools (markup, citation lists,
 * ranges, currencies, surrogate pairs, byte-order marks, odd dates) and random characters. Whatever
 * comes in, recon must not throw, and every quote must be the text at its offsets. The seed is fixed,
 * so the test is deterministic; crashes found with other seeds are kept as regression tests.
 */
class FuzzSmokeTest {

    private static final String[] PIECES = {"In 1972, ", "the Soviet Union", "Russia", " on January 31, 1950", "[3]", "[",
            "]", "(", ")", "**", "#", "\n", "\n\n", "  9. ^\n", "1. ^ a b Foo (2001).\n", "—", "–", "-", "1955–1975",
            " by 1975", "60 years after", "12.3 million rubles", "2,000", "€5bn", "$", "%", "'s", "’", "\u00a0", "\t",
            "\r\n", "😀", "Đổi Mới", "Mr. ", "Carl-Henric ", "North Korea", "Korea", "the DPRK",
            "relations remained cordial", "rather than friends", "not", "Friday", "19-Nov-12", "3:07:35", "8 p.m.",
            "the 1990s", "early", "Edit", "See also\n", "References\n", "<script>", "&amp;", "\uFEFF", "a", "the", ".",
            ",", ";", ":", "?", "!", " ", "X", "1", "19", "2019", "99999999999999999999 days ago", "0.5", "..."};

    @Test
    void randomDocumentsNeverBreakTheContract() {
        Random random = new Random(20261122L);
        for (int i = 0; i < 60; i++) {
            List<Source> sources = new ArrayList<>();
            int n = 2 + random.nextInt(2);
            for (int s = 0; s < n; s++) {
                StringBuilder text = new StringBuilder();
                int len = 1 + random.nextInt(80);
                for (int k = 0; k < len; k++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                if (random.nextInt(4) == 0) {
                    for (int k = 0; k < 30; k++) {
                        text.append((char) (32 + random.nextInt(0x2FF)));
                    }
                }
                sources.add(Source.of("s" + s, SourceKind.values()[random.nextInt(SourceKind.values().length)], text.toString()));
            }
            Report report = Fixtures.reconciler().reconcile(sources);
            for (Finding f : report.findings()) {
                for (Evidence e : f.evidence()) {
                    assertThat(report.source(e.source()).text().substring(e.span().start(), e.span().end()))
                            .as("document %d, finding %s", i, f.id()).isEqualTo(e.text());
                }
            }
        }
    }
}
