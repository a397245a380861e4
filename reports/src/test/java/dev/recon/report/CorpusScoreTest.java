package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.Reconciler;
import dev.recon.source.SourceLoader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds every corpus's score as a floor: the shared scorer judges recon's JSON report against the
 * corpus's gold annotations, and the floors in the corpus's manifest must hold. A new corpus with a
 * manifest, a gold file and a floor is tested without touching this class.
 */
class CorpusScoreTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "found must (\\d+)/(\\d+), should (\\d+)/(\\d+), stretch (\\d+)/(\\d+); false alarms (\\d+)/\\d+; findings (\\d+) counted");
    private static Reconciler recon;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        recon = Reconciler.builder().build();
    }

    static Stream<Path> corpora() throws IOException {
        try (Stream<Path> dirs = Files.list(SeedCorpus.ROOT.resolve("corpus"))) {
            List<Path> list = dirs.filter(d -> Files.isRegularFile(d.resolve("manifest.json"))).sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void scoreStaysAtOrAboveItsFloor(Path corpus) throws Exception {
        SeedCorpus.requireScorer();
        JsonNode manifest = new ObjectMapper().readTree(corpus.resolve("manifest.json").toFile());
        JsonNode floor = manifest.get("floor");
        assertThat(floor).as("%s/manifest.json needs a 'floor'", corpus).isNotNull();
        Path gold = corpus.resolve(manifest.get("gold").asText());
        Path report = tmp.resolve("report.json");
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new JsonReportWriter().write(recon.reconcile(new SourceLoader().load(List.of(corpus.toString()), 2)), w);
        }
        Process p = new ProcessBuilder(List.of("python3", SeedCorpus.SCORER.toString(), report.toString(),
                gold.toString(), corpus.toString())).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("scorer output:%n%s", output).isZero();
        String summary = output.strip().lines().reduce((a, b) -> b).orElse("");
        Matcher m = SUMMARY.matcher(summary);
        assertThat(m.find()).as("summary line: %s", summary).isTrue();
        int gold3 = Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(6));
        assertThat(Integer.parseInt(m.group(1))).as(summary).isGreaterThanOrEqualTo(floor.get("must").asInt());
        assertThat(Integer.parseInt(m.group(3))).as(summary).isGreaterThanOrEqualTo(floor.get("should").asInt());
        assertThat(Integer.parseInt(m.group(5))).as(summary).isGreaterThanOrEqualTo(floor.get("stretch").asInt());
        assertThat(Integer.parseInt(m.group(7))).as(summary).isLessThanOrEqualTo(floor.get("falseAlarms").asInt());
        assertThat(Integer.parseInt(m.group(8))).as("counted findings within 3x the gold discrepancies: %s", summary)
                .isLessThanOrEqualTo(3 * gold3);
    }
}
