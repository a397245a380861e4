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
        List<String> args = new ArrayList<>(List.of(extra));
        args.add(dir.toString());
        return compare(terminal, args);
    }

    /** What compare prints on stderr, with stderr a terminal or not. */
    private static String compare(boolean terminal, List<String> args) {
        CompareCommand cmd = new CompareCommand();
        cmd.terminal = () -> terminal;
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--no-config", "-f", "json"));
        all.addAll(args);
        assertThat(cl.execute(all.toArray(String[]::new))).isZero();
        return err.toString();
    }

    @Test
    void longRunsShowProgressOnATerminal() throws Exception {
        assertThat(stderrOf(true)).contains("recon: reading 1/9").contains("recon: aligning").contains("recon: checking");
    }

    @Test
    void aLongSingleFileShowsHowFarItsReadingHasGot() throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; longText.length() < 300_000; i++) {
            longText.append("The ferry number ").append(i).append(" sailed from the harbour in ").append(1900 + i % 100)
                    .append(" with forty people aboard.\n\n");
        }
        Files.writeString(dir.resolve("long.txt"), longText);
        Files.writeString(dir.resolve("short.txt"), "The ferry sailed from the harbour in 1901 with forty people aboard.\n");
        assertThat(compare(true, List.of(dir.resolve("long.txt").toString(), dir.resolve("short.txt").toString())))
                .contains("recon: reading long 0%").contains("recon: reading long 50%")
                .contains("recon: reading long 99%");
    }

    @Test
    void theProgressLineIsBlankWhenTheReportFollows() throws Exception {
        String err = stderrOf(true);
        assertThat(err).endsWith("\r");
        String[] updates = err.substring(err.indexOf('\r')).split("\r", -1);
        // the last update before the final carriage return is spaces only: the line is cleared
        assertThat(updates[updates.length - 2]).isNotEmpty().isBlank();
    }

    @Test
    void eachUpdateCoversTheWholeOfTheLastAndCountsWhatIsDone() {
        StringWriter out = new StringWriter();
        CompareCommand.TerminalProgress progress = new CompareCommand.TerminalProgress(new PrintWriter(out, true));
        progress.progress("reading wikipedia-article", 100, 100);
        progress.progress("aligning", 0, 1);
        progress.progress("checking", 17, 17);
        progress.clear();
        String[] updates = out.toString().split("\r", -1);
        assertThat(updates[1]).isEqualTo("recon: reading wikipedia-article 100%");
        assertThat(updates[2]).startsWith("recon: aligning 0/1 ").hasSameSizeAs(updates[1]);
        // the line before was padded out with spaces, so covering its text is enough
        assertThat(updates[3]).isEqualTo("recon: checking 17/17");
        assertThat(updates[4]).isBlank().hasSameSizeAs(updates[3]);
    }

    @Test
    void quietOrNoTerminalMeansNoProgress() throws Exception {
        assertThat(stderrOf(true, "--quiet")).isEmpty();
        // the one line left says which files of the directory were read, which is not progress
        assertThat(stderrOf(false)).startsWith("recon: read 9 files: ").doesNotContain("\r").hasLineCount(1);
    }
}
