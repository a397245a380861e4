package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.triage.Suppression;
import dev.recon.triage.TriagedReport;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
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
        List<String> findings = lines.stream().filter(l -> l.contains("title=recon ") && !l.contains("title=recon input")).toList();
        for (Severity s : Severity.values()) {
            long n = report.findings().stream().filter(f -> f.kind() != FindingKind.NAMING_VARIANT && f.severity() == s).count();
            String level = s == Severity.MAJOR ? "error" : s == Severity.MINOR ? "warning" : "notice";
            // more than ten majors: one notice slot goes to the closing notice, and the input notes come first
            long room = s == Severity.INFO ? GithubAnnotationsWriter.SHOWN_PER_LEVEL - 1 - report.notices().size()
                    : GithubAnnotationsWriter.SHOWN_PER_LEVEL;
            assertThat(findings.stream().filter(l -> l.startsWith("::" + level + " ")).count()).as(level)
                    .isEqualTo(Math.min(n, room));
        }
        assertThat(findings).allMatch(l -> l.matches("::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=recon [a-z-]+::.+"));
        assertThat(lines).noneMatch(l -> l.contains("naming-variant"));
        assertThat(lines.stream().filter(l -> l.startsWith("::notice")).count()).isLessThanOrEqualTo(GithubAnnotationsWriter.SHOWN_PER_LEVEL);
        assertThat(report.findings().stream().filter(f -> f.severity() == Severity.MAJOR).count())
                .as("the seed corpus has more majors than GitHub shows").isGreaterThan(GithubAnnotationsWriter.SHOWN_PER_LEVEL);
        {
            assertThat(lines.get(lines.size() - 1)).startsWith("::notice title=recon%3A more findings::"
                    + (counting - findings.size()) + " more findings are not annotated");
        }
    }

    @Test
    void filesAreNamedFromTheRepositoryRootNeverWithDotDot() throws Exception {
        var report = SeedCorpus.report();
        StringWriter fromRoot = new StringWriter();
        new GithubAnnotationsWriter(OutputOptions.defaults(), SeedCorpus.ROOT).write(TriagedReport.of(report), fromRoot);
        assertThat(fromRoot.toString().lines().filter(l -> l.contains(" file=")))
                .isNotEmpty()
                .allMatch(l -> l.contains(" file=corpus/north-korea-vietnam/"));
        StringWriter fromCorpus = new StringWriter();
        new GithubAnnotationsWriter(OutputOptions.defaults(), SeedCorpus.ROOT.resolve("corpus")).write(TriagedReport.of(report), fromCorpus);
        assertThat(fromCorpus.toString().lines().filter(l -> l.contains(" file=")))
                .allMatch(l -> l.contains(" file=north-korea-vietnam/"));
        // a file outside the base directory keeps its absolute path rather than climbing out with ../
        StringWriter outside = new StringWriter();
        new GithubAnnotationsWriter(OutputOptions.defaults(), SeedCorpus.ROOT.resolve("docs")).write(TriagedReport.of(report), outside);
        assertThat(outside.toString()).doesNotContain("../")
                .contains(" file=" + SeedCorpus.CORPUS.toString().replace("\\", "/"));
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

    @Test
    void theMostSevereFirstAtMostTenPerLevelThenOneNoticeOfTheRest() throws Exception {
        var report = SeedCorpus.report();
        StringWriter out = new StringWriter();
        new GithubAnnotationsWriter(OutputOptions.defaults().withFullReport("see the job summary"))
                .write(TriagedReport.of(report), out);
        List<String> lines = out.toString().lines().toList();
        List<String> levels = lines.stream().map(l -> l.substring(2, l.indexOf(' '))).toList();
        int lastError = levels.lastIndexOf("error");
        int firstWarning = levels.indexOf("warning");
        assertThat(firstWarning < 0 || lastError < firstWarning).as("errors before warnings").isTrue();
        for (String level : List.of("error", "warning", "notice")) {
            assertThat(levels.stream().filter(level::equals).count()).as(level)
                    .isLessThanOrEqualTo(GithubAnnotationsWriter.SHOWN_PER_LEVEL);
        }
        int annotated = (int) lines.stream().filter(l -> l.contains("title=recon ") && !l.contains("title=recon input")).count();
        int left = report.findings().size() - annotated;
        assertThat(left).as("the seed corpus has more than ten findings of a level").isPositive();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("::notice title=recon%3A more findings::" + left
                + " more findings are not annotated (GitHub shows 10 annotations of each level); see the job summary.");
    }

    @Test
    void minSeverityLeavesOutLesserLevels() throws Exception {
        var report = SeedCorpus.report();
        StringWriter out = new StringWriter();
        new GithubAnnotationsWriter(OutputOptions.defaults().withMinSeverity(Severity.MAJOR)).write(TriagedReport.of(report), out);
        assertThat(out.toString().lines().filter(l -> l.startsWith("::warning"))).isEmpty();
        assertThat(out.toString().lines().filter(l -> l.startsWith("::notice") && l.contains("title=recon ")
                && !l.contains("title=recon input"))).isEmpty();
    }

    @Test
    void theStepSummaryIsTheMarkdownReportWithEveryFinding() throws Exception {
        var report = SeedCorpus.report();
        StringWriter out = new StringWriter();
        new GithubAnnotationsWriter(OutputOptions.defaults().withMaxFindings(1)).writeStepSummary(TriagedReport.of(report), out);
        assertThat(out.toString()).startsWith("# recon reconciliation report");
        assertThat(out.toString().lines().filter(l -> l.startsWith("### ")).count()).isEqualTo(report.findings().size());
    }
}
