package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the seed corpus's score as a floor: the shared scorer judges the JSON report against the gold
 * annotations. Raise the floors when the product improves; never lower them to make a build pass.
 */
class SeedCorpusScoreTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "found must (\\d+)/(\\d+), should (\\d+)/(\\d+), stretch (\\d+)/(\\d+); false alarms (\\d+)/\\d+; findings (\\d+) counted");

    @TempDir
    Path tmp;

    @Test
    void scoreStaysAtOrAboveItsFloor() throws Exception {
        SeedCorpus.requireScorer();
        Path report = tmp.resolve("report.json");
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new JsonReportWriter().write(SeedCorpus.report(), w);
        }
        Process p = new ProcessBuilder(List.of("python3", SeedCorpus.SCORER.toString(), report.toString(),
                SeedCorpus.GOLD.toString(), SeedCorpus.CORPUS.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("scorer output:%n%s", output).isZero();
        String summary = output.strip().lines().reduce((a, b) -> b).orElse("");
        Matcher m = SUMMARY.matcher(summary);
        assertThat(m.find()).as("summary line: %s", summary).isTrue();
        int must = Integer.parseInt(m.group(1));
        int should = Integer.parseInt(m.group(3));
        int stretch = Integer.parseInt(m.group(5));
        int falseAlarms = Integer.parseInt(m.group(7));
        int counted = Integer.parseInt(m.group(8));
        int gold = Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(6));
        assertThat(must).as(summary).isGreaterThanOrEqualTo(9);
        assertThat(should).as(summary).isGreaterThanOrEqualTo(15);
        assertThat(stretch).as(summary).isGreaterThanOrEqualTo(3);
        assertThat(falseAlarms).as(summary).isZero();
        assertThat(counted).as("counted findings stay within 3x the gold discrepancies: %s", summary)
                .isLessThanOrEqualTo(3 * gold);
    }
}
