package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --format sarif}: locations relative to {@code --base-dir}, and the exit code in the report. */
class SarifBaseDirTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path repo;
    private Path a;
    private Path b;

    @BeforeEach
    void files() throws Exception {
        cli = new CliRun(dir);
        repo = Files.createDirectories(dir.resolve("repo"));
        a = Files.createDirectories(repo.resolve("my sources #1")).resolve("Ünïcode a.txt");
        b = repo.resolve("b.txt");
        Files.copy(cli.a, a);
        Files.copy(cli.b, b);
    }

    private JsonNode run(Path report) throws Exception {
        return new ObjectMapper().readTree(report.toFile()).get("runs").get(0);
    }

    private static List<String> uris(JsonNode run) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            out.add(r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
            for (JsonNode rel : r.path("relatedLocations")) {
                out.add(rel.get("physicalLocation").get("artifactLocation").get("uri").asText());
            }
        }
        return out;
    }

    @Test
    void locationsAreRelativeToTheBaseDirAndTheExitCodeIsRecorded() throws Exception {
        Path report = dir.resolve("r.sarif");
        int code = cli.run("compare", "--no-config", "--format", "sarif", "--output", report.toString(),
                "--base-dir", repo.toString(), "--fail-on", "major", a.toString(), b.toString());
        assertThat(code).isEqualTo(ExitCode.FINDINGS);
        JsonNode run = run(report);
        assertThat(uris(run)).isNotEmpty().allMatch(u -> u.equals("my%20sources%20%231/%C3%9Cn%C3%AFcode%20a.txt")
                || u.equals("b.txt"));
        JsonNode invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.get("exitCode").asInt()).isEqualTo(ExitCode.FINDINGS);
        assertThat(cli.err.toString()).doesNotContain("notice");
    }

    @Test
    void aSourceOutsideTheBaseDirIsNamedInANotice() throws Exception {
        Path report = dir.resolve("r.sarif");
        Path inner = Files.createDirectories(repo.resolve("articles"));
        int code = cli.run("compare", "--no-config", "--format", "sarif", "--output", report.toString(),
                "--base-dir", inner.toString(), a.toString(), b.toString());
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(cli.err.toString().lines().filter(l -> l.startsWith("recon: notice: ")).toList()).hasSize(2)
                .allMatch(l -> l.contains("outside the base directory " + inner));
        assertThat(uris(run(report))).isNotEmpty().allMatch(u -> u.startsWith("file:///") && !u.contains(".."));
        assertThat(run(report).get("invocations").get(0).get("exitCode").asInt()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aBaseDirThatIsNotAFolderIsAUsageErrorBeforeTheAnalysis() {
        cli.failOnceTheAnalysisStarts();
        Path missing = dir.resolve("no such folder");
        int code = cli.run("compare", "--no-config", "--format", "sarif", "--base-dir", missing.toString(),
                a.toString(), b.toString());
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString().strip()).isEqualTo("recon: error: --base-dir " + missing + ": not a folder");
    }

    @Test
    void baseDirInTheConfigIsRelativeToItAndTheCommandLineWins() throws Exception {
        Path config = Files.writeString(repo.resolve(ReconConfig.FILE_NAME), "{\"baseDir\": \".\"}");
        Path report = dir.resolve("r.sarif");
        assertThat(cli.run("compare", "--config", config.toString(), "--format", "sarif", "--output", report.toString(),
                a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        assertThat(uris(run(report))).isNotEmpty().allMatch(u -> u.equals("my%20sources%20%231/%C3%9Cn%C3%AFcode%20a.txt")
                || u.equals("b.txt"));

        Path inner = a.getParent();
        assertThat(cli.run("compare", "--config", config.toString(), "--format", "sarif", "--output", report.toString(),
                "--base-dir", inner.toString(), a.toString(), b.toString())).isEqualTo(ExitCode.OK);
        assertThat(uris(run(report))).contains("%C3%9Cn%C3%AFcode%20a.txt");
    }

    @Test
    void aBaseDirInTheConfigThatIsNotAFolderNamesTheKeyAndTheFile() throws Exception {
        cli.failOnceTheAnalysisStarts();
        Path config = Files.writeString(repo.resolve(ReconConfig.FILE_NAME), "{\"baseDir\": \"gone\"}");
        int code = cli.run("compare", "--config", config.toString(), "--format", "github", a.toString(), b.toString());
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString().strip()).isEqualTo("recon: error: " + repo.toAbsolutePath().resolve("gone")
                + " ('baseDir' in " + config + "): not a folder");
    }
}
