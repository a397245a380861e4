package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressInputsTest {

    private static final List<Source> BASE = List.of(
            Source.of("a", SourceKind.OTHER, "The bridge opened in 1932. It cost 4 million dollars to build and took six years.\n"),
            Source.of("b", SourceKind.OTHER, "The bridge opened in 1933. Building it took six years and 1,500 men.\n"));

    @Test
    void casesHaveTheirShapesAtAScale() {
        StressInputs inputs = new StressInputs(BASE, 0.01);
        Source line = inputs.make("line-2mb").sources().get(0);
        assertThat(line.text()).hasSize(20_000).doesNotContain("\n");
        assertThat(inputs.make("numbers-run").sources().get(0).text()).contains("1, 1, 1, ").hasSizeGreaterThan(3_000);
        assertThat(inputs.make("brackets-run").sources().get(0).text()).startsWith("((((").hasSize(1_001);
        assertThat(inputs.make("files-1000").sources()).hasSize(10)
                .allSatisfy(s -> assertThat(s.text().length()).isGreaterThanOrEqualTo(1_400));
        assertThat(inputs.make("source-50mb").sources().get(0).text()).hasSize(500_000).contains("\n\n")
                .doesNotContain("References");
        // the other base sources come along, so each case is a comparison
        assertThat(inputs.make("capitalised-words").sources()).extracting(Source::id).containsExactly("capitals", "b");
    }

    @Test
    void theSameInputsEachTime() {
        assertThat(new StressInputs(BASE, 0.01).make("files-1000").sources().get(3).text())
                .isEqualTo(new StressInputs(BASE, 0.01).make("files-1000").sources().get(3).text());
    }

    /**
     * Issue 9: runs that once hung tagging ("1, " a hundred thousand times, a hundred thousand "(") or the
     * word diff (capitalised words) finish. A hang guard, not a benchmark: the bound is far above the
     * seconds they take.
     */
    @Test
    void runsThatOnceHungFinish() {
        StressInputs inputs = new StressInputs(BASE, 0.1);
        dev.recon.Reconciler recon = dev.recon.Reconciler.builder().build();
        for (String name : List.of("numbers-run", "brackets-run", "capitalised-words")) {
            List<Source> sources = inputs.make(name).sources();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                    () -> assertThat(recon.reconcile(sources).sources()).hasSize(2), name);
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> new StressInputs(BASE.subList(0, 1), 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StressInputs(BASE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StressInputs(BASE, 0.5).make("nothing")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void benchStressRunsEveryCaseSmall(@TempDir Path dir) throws Exception {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("bench", "--stress", "--scale", "0.002", dir.toString())).isEqualTo(ExitCode.OK);
        String out = cli.out.toString();
        for (String name : StressInputs.names()) {
            assertThat(out).containsPattern("(?m)^" + name + "\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+$");
        }
        assertThat(cli.run("bench", "--stress", "--case", "nothing", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("no stress case 'nothing'");
    }
}
