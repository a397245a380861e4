package dev.recon.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * recon as an application embeds it: a fresh JVM whose class path has no SLF4J provider (core's test class
 * path has none), so that what OpenNLP's logging prints there is what such an application would see.
 */
class QuietLoggingTest {

    /** The embedding application: reconciles two sources, then prints only SLF4J's verbosity setting. */
    public static void main(String[] args) {
        Report r = Reconciler.builder().build().reconcile(List.of(
                Source.of("a", SourceKind.values()[0], "The war began in 1950 and ended in 1953 with an armistice."),
                Source.of("b", SourceKind.values()[0], "The war began in 1951 and ended in 1953 with an armistice.")));
        if (r.sources().size() != 2) {
            throw new AssertionError("two sources expected");
        }
        System.out.print(System.getProperty(QuietLogging.VERBOSITY));
    }

    @Test
    void anApplicationWithoutALoggingBackendSeesNothingPrinted() throws Exception {
        Run run = embed();
        assertThat(run.rc).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out).isEqualTo("ERROR");
    }

    @Test
    void anApplicationThatChoseAProviderKeepsSlf4jsReportsAsTheyAre() throws Exception {
        Run run = embed("-D" + QuietLogging.PROVIDER + "=org.slf4j.helpers.NOP_FallbackServiceProvider");
        assertThat(run.rc).isZero();
        assertThat(run.out).isEqualTo("null");
    }

    private record Run(int rc, String out, String err) {
    }

    private static Run embed(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuietLoggingTest.class.getName()));
        java.nio.file.Path err = java.nio.file.Files.createTempFile("recon-embed", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            int rc = p.waitFor();
            return new Run(rc, new String(out, StandardCharsets.UTF_8), java.nio.file.Files.readString(err));
        } finally {
            java.nio.file.Files.deleteIfExists(err);
        }
    }
}
