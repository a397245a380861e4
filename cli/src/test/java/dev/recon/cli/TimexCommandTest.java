package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void oneFileGivesOneObjectWithOffsetsTypesAndValues() throws Exception {
        Path f = dir.resolve("news.txt");
        Files.writeString(f, "The council met on Friday, 60 years after its founding in 1960.");
        assertThat(run("timex", "--dct", "2020-06-12", "--format", "json", f.toString())).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("path").asText()).isEqualTo(f.toString());
        assertThat(json.get("dct").asText()).isEqualTo("2020-06-12");
        assertThat(json.get("timexes").findValuesAsText("value")).containsExactly("2020-06-12", "P60Y", "1960");
        assertThat(json.get("timexes").findValuesAsText("type")).containsExactly("DATE", "DURATION", "DATE");
        JsonNode first = json.get("timexes").get(0);
        assertThat(Files.readString(f).substring(first.get("start").asInt(), first.get("end").asInt())).isEqualTo("Friday");
    }

    @Test
    void severalFilesGiveAnArrayAndNoCreationTimeMeansNarrative() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "In 2019 the summit was set. It began on February 27th.");
        Files.writeString(b, "No dates here at all.");
        assertThat(run("timex", "--format", "json", a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("dct").isNull()).isTrue();
        assertThat(json.get(0).get("timexes").findValuesAsText("value")).containsExactly("2019", "2019-02-27");
        assertThat(json.get(1).get("timexes")).isEmpty();
    }

    @Test
    void textFormatIsOneLinePerTimex() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "It opened in July 1957.");
        assertThat(run("timex", a.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo(a + ":13-22\tDATE\t1957-07\tJuly 1957\n");
    }

    @Test
    void aBadCreationTimeIsAUsageErrorAndAMissingFileAnInputError() {
        assertThat(run("timex", "--dct", "22/03/2013", "x.txt")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("YYYY-MM-DD");
        assertThat(run("timex", dir.resolve("none.txt").toString())).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("none.txt: no such file");
    }

    @Test
    void theEvaluationPrintsOneSummaryLine() {
        Path te3 = Path.of(System.getProperty("recon.root", ".."), "..", "shared", "benchmarks", "tempeval3-platinum")
                .toAbsolutePath().normalize();
        assertThat(run("evaluate-timex", "--rounds", "1", te3.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).singleElement().asString().startsWith("TE3 timex: strict F1").contains("chars/s");
    }
}
