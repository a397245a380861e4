package dev.recon.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recon.kb.KnowledgeBase;
import dev.recon.kb.KnowledgeBaseException;
import dev.recon.source.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/**
 * The {@code recon.json} and {@code --baseline} parsers on arbitrary bytes: each accepts its file or
 * refuses it with its own checked exception, which the command turns into a one-line error; nothing
 * else escapes.
 */
class ParsersFuzzTest {

    /**
     * A hang guard per input, not a benchmark: a parse of a few kilobytes takes microseconds. It runs in
     * both of Jazzer's modes, where JUnit's {@code @Timeout} would also cap the whole fuzzing run.
     */
    private static final Duration PER_INPUT_LIMIT = Duration.ofSeconds(10);
    private static final KnowledgeBase EMBEDDED = KnowledgeBase.embedded();
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("recon-fuzz-");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void withinLimit(Executable work) {
        assertTimeoutPreemptively(PER_INPUT_LIMIT, work, "one fuzz input took longer than " + PER_INPUT_LIMIT);
    }

    /** JSON's own tokens (as in libFuzzer's json.dict) and the keys the file knows. */
    @DictionaryEntries({"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "null", "true", "false", "1.0e5", "-1", "\"\"",
        "\"format\"", "\"failOn\"", "\"output\"", "\"baseline\"", "\"kb\"", "\"entities\"", "\"suppressions\"",
        "\"alignmentThreshold\"", "\"quiet\"", "\"id\"", "\"kind\"", "\"reason\"", "\"name\"", "\"type\""})
    @FuzzTest
    void readConfig(byte[] data) throws IOException {
        Path file = DIR.resolve(ReconConfig.FILE_NAME);
        Files.write(file, data);
        file.toFile().deleteOnExit();
        withinLimit(() -> {
            ReconConfig cfg;
            try {
                cfg = ReconConfig.read(file);
            } catch (ConfigException refused) {
                return;
            }
            // inline entities go through the knowledge-base parser, as the command sends them
            if (cfg.entities() != null) {
                byte[] doc = cfg.entities().toString().getBytes(StandardCharsets.UTF_8);
                try {
                    KnowledgeBase.readAdditions(new ByteArrayInputStream(doc), "recon.json: 'entities'", EMBEDDED);
                } catch (KnowledgeBaseException refused) {
                    return;
                }
            }
        });
    }

    @DictionaryEntries({"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "null", "true", "false", "1.0e5", "-1", "\"\"",
        "\"schemaVersion\"", "\"findings\"", "\"id\""})
    @FuzzTest
    void readBaseline(byte[] data) throws IOException {
        Path file = DIR.resolve("baseline.json");
        Files.write(file, data);
        file.toFile().deleteOnExit();
        withinLimit(() -> {
            try {
                CompareCommand.baselineIds(file);
            } catch (InputException refused) {
                return;
            }
        });
    }
}
