package dev.recon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Reconciler;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the example as a user would, so that the documented embedding keeps compiling and working. */
class ReconcileTwoStringsTest {

    @Test
    void theExampleFindsTheReunificationYearDiffers() {
        List<Finding> findings = ReconcileTwoStrings.run(Reconciler.builder().build(),
                "The Berlin Wall fell on 9 November 1989. East Germany and West Germany were reunified in 1990.",
                "The Berlin Wall fell on 9 November 1989. Germany was reunified in 1991.");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.DATE_MISMATCH);
            assertThat(f.message()).contains("1990").contains("1991");
        });
    }

    @Test
    void mainPrintsTheFindings() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            ReconcileTwoStrings.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("date-mismatch").contains("characters of JSON report");
    }

    @Test
    void theExampleRunsAsANamedModuleThatSeesOnlyWhatReconExports() {
        Module core = Reconciler.class.getModule();
        assertThat(ReconcileTwoStrings.class.getModule().getName()).isEqualTo("dev.recon.examples");
        assertThat(core.getName()).isEqualTo("dev.recon.core");
        assertThat(core.getDescriptor().exports()).filteredOn(e -> !e.isQualified())
                .extracting(java.lang.module.ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.recon", "dev.recon.detect", "dev.recon.finding", "dev.recon.kb",
                        "dev.recon.model", "dev.recon.nlp", "dev.recon.source", "dev.recon.triage");
        assertThat(core.isExported("dev.recon.internal.detect", ReconcileTwoStrings.class.getModule())).isFalse();
    }
}
