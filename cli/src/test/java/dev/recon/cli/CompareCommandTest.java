package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final Path CORPUS = Path.of(System.getProperty("recon.root", ".."), "corpus", "north-korea-vietnam")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private CliRun cli;
    private Path a;
    private Path b;

    @BeforeEach
    void files() throws Exception {
        cli = new CliRun(dir);
        a = cli.a;
        b = cli.b;
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private void assertOneLineError(String... mustContain) {
        String e = cli.err.toString();
        assertThat(e.strip().lines().count()).as(e).isEqualTo(1);
        assertThat(e).startsWith("recon: error: ").doesNotContain("Exception").doesNotContain("\tat ");
        for (String s : mustContain) {
            assertThat(e).contains(s);
        }
    }

    @Test
    void printsTheTextReportByDefaultAndMarkdownOnRequest() {
        assertThat(run("compare", a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).startsWith(a + "\n").contains("date-mismatch");
        assertThat(cli.err.toString()).isEmpty();
        assertThat(run("compare", "--format", "md", a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).startsWith("# recon reconciliation report").contains("date-mismatch");
    }

    @Test
    void writesJsonToAFile() throws Exception {
        Path report = dir.resolve("r.json");
        assertThat(run("compare", "--format", "json", "--output", report.toString(), a.toString(), b.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("sources").get(0).get("path").asText()).isEqualTo(a.toString());
        assertThat(json.get("findings").findValuesAsText("kind")).contains("date-mismatch");
    }

    @Test
    void runsOnTheBundledCorpusDirectory() {
        assertThat(run("compare", "--format", "json", CORPUS.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).contains("\"kind\" : \"encyclopedia\"");
    }

    @Test
    void aMissingFileIsAnInputError() {
        Path missing = dir.resolve("missing.txt");
        assertThat(run("compare", a.toString(), missing.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(missing.toString(), "no such file");
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void aBinaryFileIsAnInputError() throws Exception {
        Path bin = dir.resolve("photo.txt");
        Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        assertThat(run("compare", a.toString(), bin.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(bin.toString(), "binary");
    }

    @Test
    void anUnreadableFileSaysPermissionDeniedInPlainWords() throws Exception {
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "The bridge opened in 1932.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root)");
        assertThat(run("compare", a.toString(), locked.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(locked.toString(), "permission denied");
    }

    @Test
    void theSameFileTwiceIsAnInputErrorNamingIt() {
        assertThat(run("compare", dir.toString(), a.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(a.toString(), "given twice", "also as " + dir + "/a.txt");
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void aSourceInAnotherLanguageIsAnInputErrorNamingTheFileAndLanguage() throws Exception {
        Path french = dir.resolve("pont.txt");
        Files.writeString(french, """
                Le pont a été ouvert à la circulation en 1932, après six années de travaux. Pendant la guerre, \
                il a été fermé plusieurs fois. Aujourd'hui, des milliers de voitures le traversent chaque jour, \
                et les habitants le considèrent comme le symbole de la ville.
                """);
        assertThat(run("compare", a.toString(), french.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(french.toString(), "not English", "reads as French");
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void aUtf16FileIsNotCalledBinary() throws Exception {
        Path wide = dir.resolve("wide.txt");
        Files.write(wide, "The bridge opened to traffic in 1933 after six years of work.\n".getBytes(StandardCharsets.UTF_16));
        assertThat(run("compare", a.toString(), wide.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(wide.toString(), "UTF-16", "iconv -f UTF-16 -t UTF-8 " + wide);
        assertThat(cli.err.toString()).doesNotContain("binary");
    }

    @Test
    void emptyAndNonUtf8FilesAreInputErrors() throws Exception {
        Path empty = dir.resolve("empty.md");
        Files.writeString(empty, "");
        assertThat(run("compare", a.toString(), empty.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(empty.toString(), "empty");
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("compare", a.toString(), latin.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(latin.toString(), "UTF-8");
    }

    @Test
    void aDirectoryWithoutTextAndASingleSourceAreInputErrors() throws Exception {
        Path none = Files.createDirectory(dir.resolve("none"));
        assertThat(run("compare", none.toString(), a.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(none.toString(), "no .txt or .md files");
        assertThat(run("compare", a.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(a.toString(), "at least two sources");
    }

    @Test
    void anInvalidKnowledgeBaseNamesTheFileAndKey() throws Exception {
        Path kb = dir.resolve("kb.json");
        Files.writeString(kb, "{\"entities\":[{\"id\":\"x\",\"name\":\"X\",\"type\":\"state\",\"colour\":\"red\"}]}");
        assertThat(run("compare", "--kb", kb.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.INPUT);
        assertOneLineError(kb.toString(), "colour");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("compare", "--format", "pdf", a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString())
                .contains("unknown format 'pdf' (expected one of text, md, json, html, sarif, github)")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("ReportFormat");
        assertThat(run("compare", "--fail-on", "fatal", a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("'fatal' is not one of info, minor, major, never")
                .doesNotContain("Exception").doesNotContain("FailOn");
        assertThat(run("compare", "--output", "bad\0name", a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("not a valid path").doesNotContain("Exception");
        assertThat(run("timex", "--dct", "yesterday", a.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("'yesterday' is not a date").doesNotContain("Exception");
        assertThat(run("compare", "--no-such-option", a.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("compare")).isEqualTo(ExitCode.USAGE);
        assertThat(run("frobnicate")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void helpAndVersionSucceed() {
        assertThat(run("--version")).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).startsWith("recon ");
        assertThat(run("compare", "--help")).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).contains("Exit codes").contains("--format");
    }

    @Test
    void benchPrintsTheRunAndTheWarmFiguresOnTwoLines() {
        assertThat(run("bench", "--rounds", "1", "--warmup", "0", "--max-warmup-seconds", "0", "--threads", "2",
                a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("recon bench: 2 sources").containsPattern("warm-up 1 rounds \\(compiler (idle|still busy)\\)");
        assertThat(lines.get(1)).containsPattern("warm run, 2 threads: [0-9.]+ ms \\([0-9]+ chars/s\\) \\| 1 thread: [0-9.]+ ms")
                .containsPattern("bare OpenNLP, 1 thread: [0-9.]+ ms = [0-9.]+x recon's time on 2 threads, [0-9.]+x on 1");
    }

    @Test
    void benchWithForksTimesEachThreadCountInAJvmOfItsOwn() {
        assertThat(run("bench", "--forks", "1", "--rounds", "1", "--warmup", "0", "--max-warmup-seconds", "0",
                "--threads", "2", a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("fork 1: 2 threads [0-9.]+ ms \\| 1 thread [0-9.]+ ms \\| [0-9.]+x");
        assertThat(lines.get(1)).startsWith("recon bench: 2 sources").contains("1 forks of 1 rounds each")
                .containsPattern("speed-up [0-9.]+x \\(median of the forks' ratios; range [0-9.]+x-[0-9.]+x\\)");
    }

    @Test
    void benchRefusesNonsenseCounts() {
        assertThat(run("bench", "--forks", "-1", a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("bench", "--threads", "0", a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("bench", "--sources", "1", a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("bench", "--rounds", "0", a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
    }
}
