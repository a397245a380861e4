package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found while writing the {@code recon.json} fuzz target: a path the file system cannot name, such as
 * one holding a NUL (the JSON escape for character 0), escaped as an {@code InvalidPathException} and
 * ended the run as an internal error instead of a one-line error about the file.
 */
class ReconConfigPathTest {

    @TempDir
    Path dir;

    private Path config(String json) throws IOException {
        return Files.writeString(dir.resolve(ReconConfig.FILE_NAME), json);
    }

    @Test
    void aNulInTheOutputPathIsAnErrorOfTheFile() throws IOException {
        Path file = config("{\"output\": \"a\\u0000b.json\"}");
        assertThatThrownBy(() -> ReconConfig.read(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'output'").hasMessageContaining("not a valid path");
    }

    @Test
    void aNulInTheBaselineOrAKnowledgeBasePathIsAnErrorOfTheFile() throws IOException {
        Path baseline = config("{\"baseline\": \"\\u0000\"}");
        assertThatThrownBy(() -> ReconConfig.read(baseline)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'baseline'");
        Path kb = config("{\"kb\": [\"extra.json\", \"bad\\u0000.json\"]}");
        assertThatThrownBy(() -> ReconConfig.read(kb)).isInstanceOf(ConfigException.class).hasMessageContaining("'kb'");
    }

    @Test
    void validPathsStillResolveAgainstTheFilesFolder() throws IOException, ConfigException {
        ReconConfig cfg = ReconConfig.read(config("{\"output\": \"out/report.json\", \"kb\": [\"extra.json\"]}"));
        assertThat(cfg.output()).isEqualTo(dir.toAbsolutePath().resolve("out/report.json"));
        assertThat(cfg.kb()).containsExactly(dir.toAbsolutePath().resolve("extra.json"));
    }
}
