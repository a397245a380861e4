package dev.recon.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.Report;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression table of names against times ({@code anachronism-table.tsv}), run through the whole
 * pipeline: each sentence is a source of its own beside a second source that names nothing, so every
 * anachronism found is the sentence's.
 */
class AnachronismTableTest {

    /** A second source is required by the reconciler; this one names no state, time or figure. */
    private static final String NEUTRAL = "The committee met again and discussed the matter at length.";

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = AnachronismTableTest.class.getResourceAsStream("anachronism-table.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            boolean header = true;
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                out.add(Arguments.of(c[0], c[1], c[2], c[3]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("rows")
    void aNameIsJudgedAgainstTheTimeOfItsClaim(String sentence, String name, String verdict, String note) {
        Report r = Fixtures.reconciler().reconcile(List.of(
                Source.of("sentence", SourceKind.OTHER, sentence), Source.of("neutral", SourceKind.OTHER, NEUTRAL)));
        List<String> flagged = r.findings().stream().filter(f -> f.kind() == FindingKind.ANACHRONISM)
                .map(Finding::evidence).map(e -> e.get(0)).map(Evidence::text).toList();
        if (verdict.equals("anachronism")) {
            assertThat(flagged).as(note).containsExactly(name);
        } else {
            assertThat(verdict).isEqualTo("none");
            assertThat(flagged).as(note).isEmpty();
        }
    }
}
