package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.recon.report.JsonReportWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --reference} and {@code --group-by-folder}: what is compared with what among many sources. */
class ManySourcesTest {

    private static JsonSchema schema;

    @TempDir
    Path dir;

    private CliRun cli;
    private Path c;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = JsonReportWriter.class.getResourceAsStream("report-v1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @BeforeEach
    void files() throws Exception {
        cli = new CliRun(dir);
        // b.txt says 1933 where a.txt says 1932; c.txt says 1933 in other words
        c = dir.resolve("c.txt");
        Files.writeString(c, "In 1933 the bridge opened to traffic, after six years of work.\n");
    }

    private JsonNode json() throws Exception {
        JsonNode json = new ObjectMapper().readTree(cli.out.toString());
        assertThat(schema.validate(json)).isEmpty();
        return json;
    }

    private static List<String> quotedSources(JsonNode finding) {
        List<String> out = new ArrayList<>();
        finding.get("evidence").forEach(e -> out.add(e.get("source").asText()));
        return out;
    }

    private void assertOneLineError(String... mustContain) {
        String e = cli.err.toString();
        assertThat(e.strip().lines().count()).as(e).isEqualTo(1);
        assertThat(e).startsWith("recon: error: ").doesNotContain("Exception");
        for (String s : mustContain) {
            assertThat(e).contains(s);
        }
    }

    @Test
    void everyOtherSourceIsCheckedAgainstTheReferenceAlone() throws Exception {
        assertThat(cli.run("compare", "--no-config", "-f", "json", "--reference", cli.b.toString(),
                cli.a.toString(), cli.b.toString(), c.toString())).isEqualTo(ExitCode.OK);
        JsonNode json = json();
        for (JsonNode s : json.get("sources")) {
            assertThat(s.has("reference")).as(s.toString()).isEqualTo(s.get("id").asText().equals("b"));
        }
        List<JsonNode> dates = new ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.get("kind").asText().equals("date-mismatch")) {
                dates.add(f);
            }
        });
        assertThat(dates).isNotEmpty().allMatch(f -> quotedSources(f).contains("b"));
    }

    @Test
    void theReferenceMayBeSpeltAnotherWayAndComeFromRecon() throws Exception {
        Path cfg = dir.resolve("recon.json");
        Files.writeString(cfg, "{\"reference\": \"a.txt\", \"format\": \"md\"}");
        assertThat(cli.run("compare", "--config", cfg.toString(), dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).contains("Checked against the reference, **a**").contains("| a (reference) |");
        assertThat(cli.run("compare", "--no-config", "--reference", dir.resolve(".").resolve("a.txt").toString(),
                dir.toString())).isEqualTo(ExitCode.OK);
    }

    @Test
    void aReferenceThatIsNotOneOfTheSourcesIsAUsageError() throws Exception {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "The bridge opened in 1932.\n");
        cli.failOnceTheAnalysisStarts();
        assertThat(cli.run("compare", "--no-config", "--reference", other.toString(), cli.a.toString(), cli.b.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertOneLineError("--reference " + other, "not one of the sources");
        assertThat(cli.run("compare", "--no-config", "--reference", dir.resolve("missing.txt").toString(),
                cli.a.toString(), cli.b.toString())).isEqualTo(ExitCode.USAGE);
        assertOneLineError("missing.txt", "not one of the sources");
        Path cfg = dir.resolve("recon.json");
        Files.writeString(cfg, "{\"reference\": 3}");
        assertThat(cli.run("compare", "--config", cfg.toString(), cli.a.toString(), cli.b.toString())).isEqualTo(ExitCode.USAGE);
        assertOneLineError("'reference'");
        assertThat(cli.run("compare", "--no-config", "--group-by-folder", "--reference", cli.a.toString(), dir.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertOneLineError("cannot be combined");
    }

    @Test
    void eachFolderIsReconciledOnItsOwnInOneReport() throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(one.resolve("x.txt"), "The dam was completed in 1936 at a cost of 49 million dollars.\n");
        Files.writeString(one.resolve("y.txt"), "The dam was completed in 1937 at a cost of 49 million dollars.\n");
        Files.writeString(two.resolve("x.txt"), "The tower was finished in 1889 after two years of work.\n");
        Files.writeString(two.resolve("y.txt"), "The tower was finished in 1889 after three years of work.\n");
        Files.writeString(two.resolve("z.md"), "The dam was completed in 1938 at a cost of 49 million dollars.\n");

        assertThat(cli.run("compare", "--no-config", "-f", "json", "--group-by-folder", one.toString(), two.toString()))
                .isEqualTo(ExitCode.OK);
        JsonNode json = json();
        List<String> ids = new ArrayList<>();
        json.get("sources").forEach(s -> {
            ids.add(s.get("id").asText());
            assertThat(s.get("id").asText()).startsWith(s.get("group").asText() + ".");
        });
        assertThat(ids).containsExactly("one.x", "one.y", "two.x", "two.y", "two.z");
        assertThat(json.get("findings").size()).isPositive();
        for (JsonNode f : json.get("findings")) {
            String group = f.get("group").asText();
            // nothing of one folder is set against the other: two.z's 1938 dam meets no dam of folder one
            assertThat(quotedSources(f)).as(f.toString()).allMatch(s -> s.startsWith(group + "."));
        }
        assertThat(json.get("findings").findValuesAsText("group")).contains("one", "two");

        assertThat(cli.run("compare", "--no-config", "-f", "md", "--group-by-folder", one.toString(), two.toString())).isZero();
        assertThat(cli.out.toString()).contains("Grouped by folder").contains("**one**, 2 sources");
    }

    @Test
    void aFolderWithOneSourceIsAnInputError() throws Exception {
        Path lone = Files.createDirectories(dir.resolve("lone"));
        Files.writeString(lone.resolve("x.txt"), "The dam was completed in 1936.\n");
        cli.failOnceTheAnalysisStarts();
        assertThat(cli.run("compare", "--no-config", "--group-by-folder", dir.toString(), lone.toString()))
                .isEqualTo(ExitCode.INPUT);
        assertOneLineError("lone", "each folder is reconciled on its own");
    }
}
