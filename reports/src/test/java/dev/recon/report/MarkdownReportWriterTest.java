package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.finding.Evidence;
import dev.recon.text.Span;
import java.io.StringWriter;
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
        int start = SeedCorpus.report().source("wikipedia").text().indexOf("See alsoEdit");
        assertThat(md).contains("| Set aside |").contains("Set aside, not read for claims: ")
                .containsPattern("wikipedia: [^;]*back-matter 1 \\([\\d,]+ chars from @" + start + "\\)")
                .containsPattern("wikipedia: [^;]*reference \\d+ ");
    }

    @Test
    void quotesCannotBreakTheTableOrInjectMarkup() {
        String text = "before | <script>alert(1)</script> **bold** after";
        Evidence e = new Evidence("s", new Span(7, 34), text.substring(7, 34), "a");
        String cell = MarkdownReportWriter.inContext(text, e);
        assertThat(cell).doesNotContain("<script>").doesNotContain(" | ").contains("&lt;script&gt;");
    }
}
