package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.triage.Suppression;
import dev.recon.triage.TriagedReport;
import dev.recon.finding.FindingKind;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GithubAnnotationsWriterTest {

    @Test
    void oneWorkflowCommandPerCountingFinding() throws Exception {
        var report = SeedCorpus.report();
        StringWriter out = new StringWriter();
        new GithubAnnotationsWriter().write(TriagedReport.triage(report, null, null,
                List.of(new Suppression(null, FindingKind.NAMING_VARIANT, "names are editorial"))), out);
        List<String> lines = out.toString().lines().toList();
        long counting = report.findings().stream().filter(f -> f.kind() != FindingKind.NAMING_VARIANT).count();
        assertThat(lines).hasSize((int) counting);
        assertThat(lines).allMatch(l -> l.matches("::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=recon [a-z-]+::.+"));
        assertThat(lines).noneMatch(l -> l.contains("naming-variant"));
    }

    @Test
    void escapesWhatWorkflowCommandsReserve() {
        assertThat(GithubAnnotationsWriter.data("50% done\nnext")).isEqualTo("50%25 done%0Anext");
        assertThat(GithubAnnotationsWriter.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
    }

    @Test
    void baselinedFindingsAreLeftOut() throws Exception {
        var report = SeedCorpus.report();
        StringWriter out = new StringWriter();
        new GithubAnnotationsWriter().write(TriagedReport.triage(report, "b.json",
                Set.copyOf(report.findings().stream().map(f -> f.id()).toList()), List.of()), out);
        assertThat(out.toString()).isEmpty();
    }
}
