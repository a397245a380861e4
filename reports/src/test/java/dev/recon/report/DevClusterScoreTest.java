package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.Reconciler;
import dev.recon.source.SourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds recon's score on the real dev clusters (public web-page excerpts on subjects recon was not
 * written for) as floors, summed over the clusters the way {@code eval_clusters.py} sums them: each
 * cluster's files in the order its gold lists them, with no manifest, so source kinds are inferred.
 */
class DevClusterScoreTest {

    private static final Path CLUSTERS = SeedCorpus.ROOT.resolve("../shared/dev-clusters").normalize();
    private static final Pattern SUMMARY = Pattern.compile(
            "found (?:must (\\d+)/\\d+)?(?:, )?(?:should (\\d+)/\\d+)?(?:, )?(?:stretch (\\d+)/\\d+)?; false alarms (\\d+)/\\d+; findings (\\d+) counted");

    @TempDir
    Path tmp;

    @Test
    void devClustersStayAtOrAboveTheirFloors() throws Exception {
        assumeTrue(Files.isDirectory(CLUSTERS), "../shared/dev-clusters is not beside the repository");
        SeedCorpus.requireScorer();
        JsonNode floor;
        try (InputStream in = getClass().getResourceAsStream("/dev-clusters-floor.json")) {
            floor = new ObjectMapper().readTree(in);
        }
        Reconciler recon = Reconciler.builder().build();
        int must = 0;
        int should = 0;
        int stretch = 0;
        int alarms = 0;
        int counted = 0;
        int controls = 0;
        List<String> lines = new ArrayList<>();
        for (Path cluster : clusters()) {
            JsonNode gold = new ObjectMapper().readTree(cluster.resolve("gold.json").toFile());
            List<String> files = new ArrayList<>();
            gold.get("sources").forEach(s -> files.add(cluster.resolve(s.get("file").asText()).toString()));
            Path report = tmp.resolve(cluster.getFileName() + ".json");
            try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                new JsonReportWriter().write(recon.reconcile(new SourceLoader().load(files, 2)), w);
            }
            String summary = score(report, cluster);
            lines.add(summary);
            Matcher m = SUMMARY.matcher(summary);
            assertThat(m.find()).as("summary line: %s", summary).isTrue();
            must += group(m, 1);
            should += group(m, 2);
            stretch += group(m, 3);
            alarms += group(m, 4);
            counted += group(m, 5);
            if (gold.path("control").asBoolean(false)) {
                controls += group(m, 5);
            }
        }
        String all = String.join("\n", lines);
        assertThat(must).as(all).isGreaterThanOrEqualTo(floor.get("must").asInt());
        assertThat(should).as(all).isGreaterThanOrEqualTo(floor.get("should").asInt());
        assertThat(stretch).as(all).isGreaterThanOrEqualTo(floor.get("stretch").asInt());
        assertThat(alarms).as(all).isLessThanOrEqualTo(floor.get("falseAlarmsAtMost").asInt());
        assertThat(counted).as(all).isLessThanOrEqualTo(floor.get("countedAtMost").asInt());
        assertThat(controls).as(all).isLessThanOrEqualTo(floor.get("controlsCountedAtMost").asInt());
    }

    private static List<Path> clusters() throws IOException {
        try (Stream<Path> dirs = Files.list(CLUSTERS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).sorted().toList();
        }
    }

    private static String score(Path report, Path cluster) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("python3", SeedCorpus.SCORER.toString(), report.toString(),
                cluster.resolve("gold.json").toString(), cluster.toString())).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("scorer output:%n%s", output).isZero();
        return output.strip().lines().reduce((a, b) -> b).orElse("");
    }

    private static int group(Matcher m, int g) {
        return m.group(g) == null ? 0 : Integer.parseInt(m.group(g));
    }
}
