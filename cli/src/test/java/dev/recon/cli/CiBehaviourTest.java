package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, baselines and configuration, end to end through the command. */
class CiBehaviourTest {

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

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(run("compare", "--no-config", a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("compare", "--no-config", "--fail-on", "never", a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("compare", "--no-config", "--fail-on", "major", a.toString(), b.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(cli.err.toString()).contains("at or above major");
        assertThat(run("compare", "--no-config", "--fail-on", "fatal", a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void baselinedFindingsDoNotFailAndGoneOnesAreNamed() throws Exception {
        Path base = dir.resolve("base.json");
        assertThat(run("compare", "--no-config", "-f", "json", "-o", base.toString(), a.toString(), b.toString())).isZero();
        assertThat(run("compare", "--no-config", "--fail-on", "info", "--baseline", base.toString(), "-f", "json",
                a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(cli.out.toString());
        assertThat(json.get("baseline").get("baselined").asInt()).isEqualTo(json.get("findings").size());
        assertThat(json.get("findings").get(0).get("baselined").asBoolean()).isTrue();
        assertThat(cli.err.toString()).contains("findings baselined; 0 baselined findings are gone");
        // fix the date: the mismatch is gone from the run, and the command says so
        Files.writeString(b, "The bridge opened to traffic in 1932 after six years of work by 1,500 men.\n");
        assertThat(run("compare", "--no-config", "--fail-on", "info", "--baseline", base.toString(), a.toString(), b.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(cli.err.toString()).contains("baselined findings are gone: date-mismatch-");
    }

    @Test
    void aBaselineThatIsNotAReportIsAnInputError() throws Exception {
        Path bogus = dir.resolve("bogus.json");
        Files.writeString(bogus, "{\"hello\": 1}");
        assertThat(run("compare", "--no-config", "--baseline", bogus.toString(), a.toString(), b.toString()))
                .isEqualTo(ExitCode.INPUT);
        assertThat(cli.err.toString()).contains("bogus.json: not a recon JSON report");
    }

    @Test
    void configGivesDefaultsSuppressionsAndEntitiesAndTheCommandLineWins() throws Exception {
        Path cfg = dir.resolve("recon.json");
        Files.writeString(cfg, """
                {"format": "json", "failOn": "minor",
                 "suppressions": [{"kind": "date-mismatch", "reason": "dates are checked by the archive team"}],
                 "entities": [{"id": "harbour-bridge", "name": "Harbour Bridge", "type": "other"}]}
                """);
        assertThat(run("compare", "--config", cfg.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(cli.out.toString());
        assertThat(json.get("findings").findValuesAsText("suppressed")).contains("dates are checked by the archive team");
        assertThat(run("compare", "--config", cfg.toString(), "--format", "md", a.toString(), b.toString())).isZero();
        assertThat(cli.out.toString()).startsWith("# recon");
    }

    @Test
    void invalidConfigNamesTheKey() throws Exception {
        Path cfg = dir.resolve("recon.json");
        Files.writeString(cfg, "{\"fromat\": \"json\"}");
        assertThat(run("compare", "--config", cfg.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("unknown key 'fromat'").doesNotContain("Exception");
        Files.writeString(cfg, "{\"suppressions\": [{\"kind\": \"omission\"}]}");
        assertThat(run("compare", "--config", cfg.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("'suppressions[0]'").contains("'reason' is required");
        Files.writeString(cfg, "{\"failOn\": \"sometimes\"}");
        assertThat(run("compare", "--config", cfg.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("'failOn'");
    }

    private void assertOneLineError(String... mustContain) {
        String e = cli.err.toString();
        assertThat(e.strip().lines()).as(e).hasSize(1);
        assertThat(e).startsWith("recon: error: ").doesNotContain("Exception").doesNotContain("\tat ");
        for (String s : mustContain) {
            assertThat(e).contains(s);
        }
    }

    @Test
    void anUnwritableOutputIsAUsageErrorFoundBeforeTheAnalysis() throws Exception {
        cli.failOnceTheAnalysisStarts();
        Path noFolder = dir.resolve("missing/report.md");
        assertThat(run("compare", "--no-config", "--output", noFolder.toString(), a.toString(), b.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertOneLineError(noFolder.toString(), "cannot write the report", "does not exist");
        assertThat(run("compare", "--no-config", "--output", dir.toString(), a.toString(), b.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertOneLineError(dir.toString(), "it is a directory");
        Path underAFile = a.resolve("report.md");
        assertThat(run("compare", "--no-config", "--output", underAFile.toString(), a.toString(), b.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertOneLineError(underAFile.toString(), "is not a folder");
        Path cfg = dir.resolve("recon.json");
        Files.writeString(cfg, "{\"output\": \"missing/r.md\"}");
        assertThat(run("compare", "--config", cfg.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertOneLineError("'output' in " + cfg, "does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void anOutputInAReadOnlyFolderIsAUsageError() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(locked), "permissions do not bind this user (root)");
        cli.failOnceTheAnalysisStarts();
        Path report = locked.resolve("r.md");
        assertThat(run("compare", "--no-config", "--output", report.toString(), a.toString(), b.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertOneLineError(report.toString(), "permission denied");
    }

    @Test
    void aBadEntityInTheConfigIsAConfigErrorLikeAnyOtherKey() throws Exception {
        Path cfg = dir.resolve("recon.json");
        Files.writeString(cfg, "{\"entities\": [{\"id\": \"acme\", \"name\": \"Acme\", \"type\": \"planet\"}]}");
        assertThat(run("compare", "--config", cfg.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.USAGE);
        assertOneLineError(cfg.toString(), "'entities'", "planet");
    }

    @Test
    void anOutputFromTheConfigSaysWhereTheReportWent() throws Exception {
        Path cfg = dir.resolve("recon.json");
        Files.writeString(cfg, "{\"output\": \"report.md\"}");
        Path report = dir.resolve("report.md").toAbsolutePath();
        assertThat(run("compare", "--config", cfg.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        assertThat(report).exists();
        assertThat(cli.out.toString()).isEmpty();
        assertThat(cli.err.toString().strip()).isEqualTo("recon: report written to " + report + " ('output' in " + cfg + ")");
        assertThat(run("compare", "--config", cfg.toString(), "--quiet", a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.err.toString()).isEmpty();
        Path mine = dir.resolve("mine.md");
        assertThat(run("compare", "--config", cfg.toString(), "--output", mine.toString(), a.toString(), b.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(mine).exists();
        assertThat(cli.err.toString()).as("the user named the file; nothing to tell").isEmpty();
    }

    @Test
    void theNearestConfigAboveTheWorkingDirectoryIsFound() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("x/y"));
        Files.writeString(dir.resolve("recon.json"), "{\"quiet\": true}");
        assertThat(ReconConfig.find(nested)).contains(dir.resolve("recon.json").toAbsolutePath());
        assertThat(ReconConfig.read(dir.resolve("recon.json")).quiet()).isTrue();
    }
}
