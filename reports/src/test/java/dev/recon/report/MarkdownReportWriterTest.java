package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.model.Span;
import dev.recon.triage.TriagedReport;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    @Test
    void summaryThenFindingsBySeverityWithQuotesSideBySide() throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(SeedCorpus.report(), out);
        String md = out.toString();
        assertThat(md).startsWith("# recon reconciliation report");
        assertThat(md.indexOf("## Major")).isLessThan(md.indexOf("## Minor"));
        assertThat(md.indexOf("## Minor")).isLessThan(md.indexOf("## Info"));
        assertThat(md).contains("| mirror | wikipedia |").contains("**Soviet Union**").contains("**Russia**");
        assertThat(md).contains("<details>");
    }

    @Test
    void whatWasSetAsideUnreadIsSaidForEverySource() throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(SeedCorpus.report(), out);
        String md = out.toString();
        String text = SeedCorpus.report().source("wikipedia").text();
        int start = text.indexOf("See alsoEdit");
        long line = text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        assertThat(text.charAt(start - 1)).as("See also starts a line").isEqualTo('\n');
        assertThat(md).contains("| Set aside |").contains("Set aside, not read for claims: ")
                .containsPattern("wikipedia: [^;]*back-matter 1 \\([\\d,]+ chars from " + line + ":1\\)")
                .containsPattern("wikipedia: [^;]*reference \\d+ ");
    }

    @Test
    void quotesCannotBreakTheTableOrInjectMarkup() {
        String text = "before | <script>alert(1)</script> **bold** after";
        Evidence e = new Evidence("s", new Span(7, 34), text.substring(7, 34), "a");
        String cell = MarkdownReportWriter.inContext(text, e);
        assertThat(cell).doesNotContain("<script>").doesNotContain(" | ").contains("&lt;script&gt;");
    }

    @Test
    void quotesAreLocatedByPathLineAndColumnNotOffset() throws Exception {
        var report = SeedCorpus.report();
        String md = markdown(OutputOptions.defaults());
        Finding f = report.findings().get(0);
        Evidence e = f.evidence().get(0);
        String text = report.source(e.source()).text();
        int start = e.span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        long line = text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        int column = text.codePointCount(lineStart, start) + 1;
        String where = report.source(e.source()).path().replace("_", "\\_") + ":" + line + ":" + column;
        assertThat(md).contains("<sub>" + where + "</sub>").doesNotContain("<sub>@");
    }

    @Test
    void aSeverityWithNoFindingsGetsNoHeading() throws Exception {
        String md = markdown(OutputOptions.defaults().withMinSeverity(Severity.MAJOR));
        assertThat(md).contains("## Major").doesNotContain("## Minor").doesNotContain("## Info")
                .doesNotContain("None.").doesNotContain("<details>");
        long notMajor = SeedCorpus.report().findings().stream().filter(f -> f.severity() != Severity.MAJOR).count();
        assertThat(md).contains(notMajor + " findings below major are not listed.");
    }

    @Test
    void maxFindingsListsTheMostSevereAndSaysHowManyMore() throws Exception {
        var report = SeedCorpus.report();
        String md = markdown(OutputOptions.defaults().withMaxFindings(3));
        assertThat(headings(md)).isEqualTo(3);
        assertThat(md).contains("**" + (report.findings().size() - 3) + " more findings are not listed** (")
                .contains("over the limit of 3 findings").contains(OutputOptions.JSON_HAS_ALL);
    }

    @Test
    void aReportOverTheLimitIsCutAtAFindingAndSaysHowManyAreLeftOut() throws Exception {
        var report = SeedCorpus.report();
        String full = markdown(OutputOptions.defaults());
        int limit = full.length() / 2;
        StringWriter out = new StringWriter();
        new MarkdownReportWriter(OutputOptions.defaults(), limit).write(TriagedReport.of(report), out);
        String md = out.toString();
        assertThat(md.length()).isLessThanOrEqualTo(limit);
        int listed = headings(md);
        assertThat(listed).isPositive().isLessThan(report.findings().size());
        // the last finding listed is whole: its id line follows its table
        assertThat(md).containsPattern("<sub>id `[a-z-]+-[0-9a-f]+`</sub>\n\n(</details>\n\n)?\\*\\*" + (report.findings().size() - listed)
                + " more findings are not listed\\*\\* \\(" + (report.findings().size() - listed)
                + " to keep this report under GitHub's 65,536-character comment limit\\)");
        assertThat(md).endsWith("UTF-16 offsets into each file.\n");
        assertThat(full.length()).as("the seed report itself fits a comment").isLessThan(MarkdownReportWriter.GITHUB_COMMENT_LIMIT);
    }

    /** Found in review: a step summary cut at its own limit said it was kept under a comment's. */
    @Test
    void theNoteNamesTheLimitTheReportWasHeldTo() throws Exception {
        int limit = markdown(OutputOptions.defaults()).length() / 2;
        StringWriter out = new StringWriter();
        new MarkdownReportWriter(OutputOptions.defaults(), limit, "GitHub's 1 MiB limit for a step summary")
                .write(TriagedReport.of(SeedCorpus.report()), out);
        assertThat(out.toString()).contains("to keep this report under GitHub's 1 MiB limit for a step summary)")
                .doesNotContain("comment limit");
    }

    @Test
    void timelineValuesReadAsDates() throws Exception {
        String md = markdown(OutputOptions.defaults());
        int from = md.indexOf("## Timeline");
        assertThat(from).isPositive();
        String timeline = md.substring(from, md.indexOf("\n## ", from + 1));
        Matcher consensus = Pattern.compile("^\\| \\*\\*([^*]+)\\*\\* \\|", Pattern.MULTILINE).matcher(timeline);
        int rows = 0;
        while (consensus.find()) {
            rows++;
            assertThat(consensus.group(1)).as("a consensus value").doesNotMatch(".*(\\d{3}X|\\d{4}-\\d{2}|/|-SP|-SU|-FA|-WI|XXXX).*");
        }
        assertThat(rows).isPositive();
    }

    private static int headings(String md) {
        return (int) md.lines().filter(l -> l.startsWith("### ")).count();
    }

    private static String markdown(OutputOptions options) throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownReportWriter(options).write(TriagedReport.of(SeedCorpus.report()), out);
        return out.toString();
    }
}
