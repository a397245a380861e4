package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.triage.Suppression;
import dev.recon.triage.TriagedReport;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    private static String text(TriagedReport triaged, OutputOptions options) throws Exception {
        StringWriter out = new StringWriter();
        new TextReportWriter(options).write(triaged, out);
        return out.toString();
    }

    private static String text(OutputOptions options) throws Exception {
        return text(TriagedReport.of(SeedCorpus.report()), options);
    }

    @Test
    void findingsAreGroupedByFileOneLineEachWithLineColumnSeverityMessageAndKind() throws Exception {
        Report report = SeedCorpus.report();
        String out = text(OutputOptions.defaults());
        List<String> lines = out.lines().toList();
        long findingLines = lines.stream().filter(l -> l.matches("  \\d+:\\d+ +(major|minor|info ) {2}.+ {2}[a-z-]+")).count();
        assertThat(findingLines).isEqualTo(report.findings().size());
        for (Source s : report.sources()) {
            long own = report.findings().stream().filter(f -> f.evidence().get(0).source().equals(s.id())).count();
            assertThat(lines.contains(s.path())).as(s.path()).isEqualTo(own > 0);
        }
        // the first finding's line, found from its own offsets
        Finding f = report.findings().get(0);
        Evidence e = f.evidence().get(0);
        String src = report.source(e.source()).text();
        int start = e.span().start();
        long line = src.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        int col = src.codePointCount(src.lastIndexOf('\n', start - 1) + 1, start) + 1;
        assertThat(out).containsPattern("  " + line + ":" + col + " +" + f.severity().id() + " +\\Q"
                + TextReportWriter.oneLine(f.message()) + "\\E  " + f.kind().id() + "\n");
        long major = report.findings().stream().filter(x -> x.severity() == Severity.MAJOR).count();
        assertThat(lines.get(lines.size() - 1)).startsWith(report.findings().size() + " findings (" + major + " major, ")
                .endsWith(" in " + report.sources().size() + " sources");
        assertThat(out).doesNotContain("\u001b[");
    }

    @Test
    void colourOnlyWhenAsked() throws Exception {
        String out = text(OutputOptions.defaults().withColour(true));
        assertThat(out).contains("\u001b[31mmajor\u001b[0m").contains("\u001b[0m");
        assertThat(out.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(text(OutputOptions.defaults()));
    }

    @Test
    void minSeverityAndMaxFindingsLimitWhatIsListedAndSaySo() throws Exception {
        Report report = SeedCorpus.report();
        long atLeastMinor = report.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
        String out = text(OutputOptions.defaults().withMinSeverity(Severity.MINOR).withMaxFindings(2));
        long listed = out.lines().filter(l -> l.matches("  \\d+:\\d+ .*")).count();
        assertThat(listed).isEqualTo(2);
        assertThat(out).doesNotContain(" info  ");
        assertThat(out).contains((atLeastMinor - 2) + " more findings not shown (at most 2 are listed); " + OutputOptions.JSON_HAS_ALL);
        assertThat(out).contains("not shown: " + (report.findings().size() - atLeastMinor) + " below minor, "
                + (atLeastMinor - 2) + " over the limit of 2");
        long majors = report.findings().stream().filter(f -> f.severity() == Severity.MAJOR).count();
        assertThat(majors).as("the seed corpus has two majors or more").isGreaterThanOrEqualTo(2);
        assertThat(out.lines().filter(l -> l.matches("  \\d+:\\d+ +major .*")).count()).as("the most severe first").isEqualTo(2);
    }

    @Test
    void baselinedAndSuppressedAreCountedNotListed() throws Exception {
        Report report = SeedCorpus.report();
        Finding first = report.findings().get(0);
        TriagedReport t = TriagedReport.triage(report, "b.json", Set.of(first.id()),
                List.of(new Suppression(null, FindingKind.NAMING_VARIANT, "names are editorial")));
        long variants = report.findings().stream().filter(f -> f.kind() == FindingKind.NAMING_VARIANT).count();
        String out = text(t, OutputOptions.defaults());
        assertThat(out).doesNotContain("naming-variant").contains("1 baselined").contains(variants + " suppressed");
    }

    @Test
    void controlCharactersCannotReachTheTerminal() {
        assertThat(TextReportWriter.oneLine("a\u001b[2Jb\nc\r\nd")).isEqualTo("a [2Jb c d");
        // C1: CSI alone, and NEL; bidirectional overrides and isolates
        assertThat(TextReportWriter.oneLine("a\u009b2Jb\u0085c")).isEqualTo("a 2Jb c");
        assertThat(TextReportWriter.oneLine("x\u202Eevil\u202C y\u2066z\u2069")).isEqualTo("x evil  y z ");
        assertThat(TextReportWriter.oneLine("Kim Il-sung, Hồ Chí Minh — 1958")).isEqualTo("Kim Il-sung, Hồ Chí Minh — 1958");
    }
}
