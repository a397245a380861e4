package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.report.MarkdownReportWriter;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output options of issue 12: the text format, colour, volume control, GitHub's limits and input selection. */
class TerminalOutputTest {

    private static final Path CORPUS = Path.of(System.getProperty("recon.root", ".."), "corpus", "north-korea-vietnam")
            .toAbsolutePath().normalize();
    private static final String ANSI = "\u001b[";

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void files() throws Exception {
        cli = new CliRun(dir);
    }

    /** A run that sees standard output as a terminal and the given environment. */
    private void onTerminal(boolean terminal, Map<String, String> env) {
        cli.prepare = c -> {
            c.stdoutTerminal = () -> terminal;
            c.environment = env::get;
        };
    }

    @Test
    void textIsTheDefaultOneLinePerFindingUnderItsFileThenASummary() {
        onTerminal(false, Map.of());
        assertThat(cli.run("compare", cli.a.toString(), cli.b.toString())).isEqualTo(ExitCode.OK);
        List<String> lines = cli.out.toString().lines().toList();
        // "1932" sits at offset 32 of a one-line file: line 1, column 33
        assertThat(lines).contains(cli.a.toString());
        assertThat(lines).anyMatch(l -> l.matches("  1:33 +major  .*1932.*  date-mismatch"));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ findings? \\(\\d+ major, \\d+ minor, \\d+ info\\) in 2 sources.*");
        assertThat(cli.out.toString()).doesNotContain(ANSI);
        assertThat(cli.err.toString()).isEmpty();
    }

    @Test
    void colourOnATerminalUnlessNoColorOrNever() {
        onTerminal(true, Map.of());
        cli.run("compare", cli.a.toString(), cli.b.toString());
        assertThat(cli.out.toString()).contains(ANSI + "31mmajor");
        onTerminal(true, Map.of("NO_COLOR", "1"));
        cli.run("compare", cli.a.toString(), cli.b.toString());
        assertThat(cli.out.toString()).doesNotContain(ANSI);
        onTerminal(true, Map.of("NO_COLOR", ""));
        cli.run("compare", cli.a.toString(), cli.b.toString());
        assertThat(cli.out.toString()).as("an empty NO_COLOR does not count").contains(ANSI);
        onTerminal(true, Map.of());
        cli.run("compare", "--color", "never", cli.a.toString(), cli.b.toString());
        assertThat(cli.out.toString()).doesNotContain(ANSI);
        onTerminal(false, Map.of());
        cli.run("compare", "--color", "always", cli.a.toString(), cli.b.toString());
        assertThat(cli.out.toString()).contains(ANSI);
        onTerminal(true, Map.of());
        Path file = dir.resolve("out.txt");
        cli.run("compare", "--output", file.toString(), cli.a.toString(), cli.b.toString());
        assertThat(file).content().as("a file is not a terminal").doesNotContain(ANSI);
    }

    @Test
    void minSeverityFiltersWhatIsPrintedNotWhatFails() {
        onTerminal(false, Map.of());
        assertThat(cli.run("compare", "--min-severity", "major", "--fail-on", "info", CORPUS.toString())).isEqualTo(ExitCode.FINDINGS);
        String out = cli.out.toString();
        assertThat(out).containsPattern("\\d+:\\d+ +major ").doesNotContainPattern("\\d+:\\d+ +(minor|info) ")
                .containsPattern("not shown: \\d+ below major");
    }

    @Test
    void maxFindingsCapsAndSaysHowManyMore() throws Exception {
        onTerminal(false, Map.of());
        Path json = dir.resolve("r.json");
        cli.run("compare", "--format", "json", "--max-findings", "1", "--output", json.toString(), CORPUS.toString());
        int all = new ObjectMapper().readTree(json.toFile()).get("findings").size();
        assertThat(all).as("json stays complete").isGreaterThan(1);
        cli.run("compare", "--max-findings", "1", CORPUS.toString());
        assertThat(cli.out.toString().lines().filter(l -> l.matches("  \\d+:\\d+ .*"))).hasSize(1);
        assertThat(cli.out.toString()).contains((all - 1) + " more findings not shown (at most 1 are listed)");
        assertThat(cli.run("compare", "--max-findings", "-1", cli.a.toString(), cli.b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString().strip()).isEqualTo("recon: error: --max-findings: must be 0 or more, got -1");
        assertThat(cli.run("compare", "--min-severity", "fatal", cli.a.toString(), cli.b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("unknown severity 'fatal'").doesNotContain("Exception");
    }

    @Test
    void aMarkdownReportOverGitHubsCommentLimitIsCutWithANote() throws Exception {
        List<Source> base = new SourceLoader().load(List.of(CORPUS.toString()), 2);
        List<Source> many = new StressInputs(base, 1).overlapping(12, 8_000);
        for (Source s : many) {
            Files.writeString(dir.resolve(s.id() + ".txt"), s.text());
        }
        Files.delete(cli.a);
        Files.delete(cli.b);
        onTerminal(false, Map.of());
        Path json = dir.resolve("all.json");
        assertThat(cli.run("compare", "--quiet", "--format", "json", "--output", json.toString(), dir.toString())).isEqualTo(ExitCode.OK);
        int all = new ObjectMapper().readTree(json.toFile()).get("findings").size();
        assertThat(cli.run("compare", "--quiet", "--format", "md", dir.toString())).isEqualTo(ExitCode.OK);
        String md = cli.out.toString();
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReportWriter.GITHUB_COMMENT_LIMIT);
        long listed = md.lines().filter(l -> l.startsWith("### ")).count();
        assertThat(listed).isLessThan(all);
        assertThat(md).contains("**" + (all - listed) + " more findings are not listed** (" + (all - listed)
                + " to keep this report under GitHub's 65,536-character comment limit); the JSON report (--format json) lists them all.");
    }

    @Test
    void githubAnnotationsAppendAStepSummaryWhenAsked() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step output\n");
        onTerminal(false, Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
        assertThat(cli.run("compare", "--format", "github", CORPUS.toString())).isEqualTo(ExitCode.OK);
        assertThat(summary).content().startsWith("earlier step output\n# recon reconciliation report");
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("::notice title=recon%3A more findings::")
                .endsWith("; the job summary has the full report.");
        onTerminal(false, Map.of("GITHUB_STEP_SUMMARY", dir.resolve("no/such/folder.md").toString()));
        assertThat(cli.run("compare", "--format", "github", cli.a.toString(), cli.b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString().strip()).as("checked before the analysis, one line").isEqualTo("recon: error: "
                + dir.resolve("no/such/folder.md") + " (GITHUB_STEP_SUMMARY): cannot write the step summary: its folder "
                + dir.resolve("no/such") + " does not exist");
    }

    @Test
    void aDashReadsASourceFromStandardInput() {
        cli.prepare = c -> {
            c.stdoutTerminal = () -> false;
            c.standardInput = () -> new ByteArrayInputStream(
                    "The bridge opened to traffic in 1934 after six years of work by 1,500 men.\n".getBytes(StandardCharsets.UTF_8));
        };
        assertThat(cli.run("compare", "--format", "json", cli.a.toString(), "-")).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).contains("\"path\" : \"-\"").contains("\"id\" : \"stdin\"").contains("1934");
        assertThat(cli.err.toString()).as("the user named every source").isEmpty();
        assertThat(cli.run("compare", "-", "-")).isEqualTo(ExitCode.INPUT);
        assertThat(cli.err.toString().strip()).isEqualTo("recon: error: standard input: the same file is given twice; give each source once (it can be read once)");
    }

    @Test
    void foldersInsideAFolderAreReadOnlyRecursivelyAndWhatIsSkippedIsSaid() throws Exception {
        Path top = Files.createDirectory(dir.resolve("top"));
        Path sub = Files.createDirectory(top.resolve("sub"));
        Files.move(cli.a, top.resolve("a.txt"));
        Files.move(cli.b, sub.resolve("b.txt"));
        Files.writeString(top.resolve("notes.pdf"), "%PDF");
        Files.writeString(top.resolve("c.txt"), "The bridge opened to traffic in 1931 after six years of work by 1,500 men.\n");
        onTerminal(false, Map.of());
        assertThat(cli.run("compare", top.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.err.toString()).contains("recon: read 2 files: " + top + "/a.txt, " + top + "/c.txt\n")
                .contains("recon: skipped " + top + "/notes.pdf: not a .txt or .md file\n")
                .contains("recon: skipped " + top + "/sub/: a folder; folders inside folders are read only recursively\n");
        assertThat(cli.run("compare", "--recursive", top.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.err.toString()).contains("recon: read 3 files: " + top + "/a.txt, " + top + "/c.txt, " + top + "/sub/b.txt\n")
                .doesNotContain("sub/:");
        assertThat(cli.run("compare", "--quiet", "--recursive", top.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.err.toString()).isEmpty();
    }

    @Test
    void globPatternsAreExpandedWhenTheShellDidNot() throws Exception {
        onTerminal(false, Map.of());
        assertThat(cli.run("compare", "--format", "json", dir + "/*.txt")).isEqualTo(ExitCode.OK);
        JsonNode r = new ObjectMapper().readTree(cli.out.toString());
        assertThat(r.get("sources").findValuesAsText("path")).containsExactly(cli.a.toString(), cli.b.toString());
        assertThat(cli.run("compare", dir + "/*.rst", cli.a.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(cli.err.toString().strip()).isEqualTo("recon: error: " + dir + "/*.rst: no file matches this pattern");
    }

    @Test
    void theConfigurationSetsTheNewOptionsAndNamesABadKey() throws Exception {
        Path cfg = dir.resolve("recon.json");
        Files.writeString(cfg, "{\"minSeverity\": \"major\", \"maxFindings\": 1, \"color\": \"always\", \"recursive\": true}");
        onTerminal(false, Map.of());
        assertThat(cli.run("compare", "--config", cfg.toString(), "--fail-on", "never", CORPUS.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).contains(ANSI).doesNotContainPattern("\\d+:\\d+ +\\S*minor");
        assertThat(cli.out.toString().lines().filter(l -> l.matches("  \\d+:\\d+ .*"))).hasSize(1);
        Files.writeString(cfg, "{\"maxFindings\": \"ten\"}");
        assertThat(cli.run("compare", "--config", cfg.toString(), cli.a.toString(), cli.b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString().strip()).isEqualTo("recon: error: " + cfg + ": 'maxFindings' must be a whole number, 0 or more");
        Files.writeString(cfg, "{\"color\": \"sometimes\"}");
        assertThat(cli.run("compare", "--config", cfg.toString(), cli.a.toString(), cli.b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("'color': 'sometimes' is not one of auto, always, never");
    }
}
