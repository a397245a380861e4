package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Report;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports print years before the common era as "44 BC": never a sign, never an astronomical year. */
class HistoricalDatesReportTest {

    private static final String A = "Julius Caesar was assassinated in Rome on 15 March 44 BC. Augustus became the first "
            + "Roman emperor in 27 BC. Mount Vesuvius erupted in AD 79 and destroyed Pompeii.";
    private static final String B = "Julius Caesar was assassinated in Rome on 15 March 43 BC. Augustus became the first "
            + "Roman emperor in 27 BC. Mount Vesuvius erupted in AD 79 and destroyed Pompeii.";

    private static Report report() {
        return SeedCorpus.reconciler().reconcile(List.of(Source.of("a", SourceKind.ENCYCLOPEDIA, A),
                Source.of("b", SourceKind.OTHER, B)));
    }

    @Test
    void theMarkdownTimelineReadsBcDates() throws Exception {
        Report r = report();
        assertThat(r.timeline()).extracting(t -> t.consensus()).contains("BC0044-03-15", "BC0027", "0079");
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(r, out);
        String md = out.toString();
        assertThat(md).contains("| **15 March 44 BC** |").contains("| **27 BC** |").contains("| **AD 79** |")
                .contains("15 March 43 BC ✗").doesNotContain("BC0044").doesNotContain("-0043");
        // in date order across the era boundary
        assertThat(md.indexOf("**15 March 44 BC**")).isLessThan(md.indexOf("**27 BC**"));
        assertThat(md.indexOf("**27 BC**")).isLessThan(md.indexOf("**AD 79**"));
    }

    @Test
    void theHtmlTimelineLabelsItsAxisWithEras() throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report(), out);
        String html = out.toString();
        // ticks at years round as a reader counts them on either side of the era boundary (TimeAxis)
        assertThat(html).contains("text-anchor=\"middle\">25 BC</text>").contains("text-anchor=\"middle\">AD 25</text>")
                .contains("<title>15 March 44 BC</title>").doesNotContainPattern("class=\"tick\"[^>]*>-")
                .doesNotContain("BC0044");
    }
}
