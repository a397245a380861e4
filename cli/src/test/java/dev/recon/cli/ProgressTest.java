package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Progress goes to stderr for long runs on a terminal, and never with --quiet or without a terminal. */
class ProgressTest {

    @TempDir
    Path dir;

    private String stderrOf(boolean terminal, String... extra) throws Exception {
        for (int i = 0; i < 9; i++) {
            Files.writeString(dir.resolve("s" + i + ".txt"), "The bridge opened to traffic in " + (1930 + i % 2)
                    + " after six years of work.\n");
        }
        CompareCommand cmd = new CompareCommand();
        cmd.terminal = () -> terminal;
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("--no-config", "-f", "json"));
        args.addAll(List.of(extra));
        args.add(dir.toString());
        assertThat(cl.execute(args.toArray(String[]::new))).isZero();
        return err.toString();
    }

    @Test
    void longRunsShowProgressOnATerminal() throws Exception {
        assertThat(stderrOf(true)).contains("recon: reading 1/9").contains("recon: aligning").contains("recon: checking");
    }

    @Test
    void quietOrNoTerminalMeansNoProgress() throws Exception {
        assertThat(stderrOf(true, "--quiet")).isEmpty();
        assertThat(stderrOf(false)).isEmpty();
    }
}
