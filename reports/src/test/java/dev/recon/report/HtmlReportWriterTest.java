package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.model.Relation;
import dev.recon.model.SourceValue;
import dev.recon.model.TimeInterval;
import dev.recon.model.TimeMention;
import dev.recon.model.TimelineEntry;
import dev.recon.source.Source;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the HTML report holds; how it lays out in a browser is HtmlReportBrowserTest's (module cli). */
class HtmlReportWriterTest {

    private static String html(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report, out);
        return out.toString();
    }

    @Test
    void theSameReportWritesTheSameBytes() throws Exception {
        assertThat(html(SeedCorpus.report())).isEqualTo(html(SeedCorpus.report()));
    }

    @Test
    void everyQuoteIsLocatedByPathLineAndColumn() throws Exception {
        Report report = SeedCorpus.report();
        String html = html(report);
        int located = 0;
        for (Finding f : report.findings()) {
            for (Evidence e : f.evidence()) {
                Source s = report.source(e.source());
                String before = s.text().substring(0, e.span().start());
                // counted here from the text, not with TextPosition, which the writer uses
                long line = 1 + before.chars().filter(c -> c == '\n').count();
                int column = e.span().start() - (before.lastIndexOf('\n') + 1) + 1;
                assertThat(html).contains("<code class=\"loc\">" + HtmlReportWriter.esc(s.path() + ":" + line + ":" + column) + "</code>");
                located++;
            }
        }
        assertThat(located).isPositive();
        assertThat(html).doesNotContainPattern("@\\d+: “");
    }

    @Test
    void eachSourcePaneNumbersEveryLineOfItsText() throws Exception {
        Report report = SeedCorpus.report();
        String html = html(report);
        String[] panes = html.split("<div class=\"source\" ");
        assertThat(panes).hasSize(report.sources().size() + 1);
        for (int i = 0; i < report.sources().size(); i++) {
            String text = report.sources().get(i).text();
            Matcher m = Pattern.compile("<span class=\"line\" data-line=\"(\\d+)\">").matcher(panes[i + 1]);
            int n = 0;
            while (m.find()) {
                n++;
                assertThat(Integer.parseInt(m.group(1))).isEqualTo(n);
            }
            assertThat(n).as(report.sources().get(i).id()).isEqualTo((int) text.lines().count()).isGreaterThan(1);
        }
    }

    @Test
    void lineStartsLeaveOutTheEmptyEndAfterAFinalLineFeed() {
        assertThat(HtmlReportWriter.lineStarts("")).containsExactly(0);
        assertThat(HtmlReportWriter.lineStarts("a\nb\n")).containsExactly(0, 2);
        assertThat(HtmlReportWriter.lineStarts("a\n\nb")).containsExactly(0, 2, 3);
    }

    @Test
    void theTimelineIsDrawnOncePerPaneWidthAndEachDrawingScales() throws Exception {
        String html = html(SeedCorpus.report());
        for (TimelineSvg.Layout l : TimelineSvg.LAYOUTS) {
            assertThat(html).containsOnlyOnce("<svg class=\"tl tl-" + l.name() + "\" role=\"img\" aria-label=\"Consensus timeline\" viewBox=\"0 0 "
                    + l.width() + " ");
        }
        assertThat(TimelineSvg.LAYOUTS).extracting(TimelineSvg.Layout::name).containsExactly("narrow", "medium", "wide");
        // no fixed size on the drawings: the stylesheet makes them as wide as their pane
        assertThat(html).doesNotContainPattern("<svg[^>]* width=");
        // each drawing's ticks cover its events
        for (String svg : html.split("<svg ")) {
            if (!svg.startsWith("class=\"tl")) {
                continue;
            }
            List<Double> ticks = Pattern.compile("class=\"tick\" data-year=\"(-?\\d+)\"").matcher(svg).results()
                    .map(r -> Double.parseDouble(r.group(1))).toList();
            List<Double> events = Pattern.compile("class=\"event\" data-year=\"(-?[\\d.]+)\"").matcher(svg).results()
                    .map(r -> Double.parseDouble(r.group(1))).toList();
            assertThat(events).isNotEmpty().allSatisfy(y -> assertThat(y).isBetween(ticks.get(0), ticks.get(ticks.size() - 1)));
        }
    }

    /** Found in review: one source's "2nd millennium" stretched the axis over a thousand years. */
    @Test
    void aValueTooVagueToPlaceNeitherGetsADotNorStretchesTheAxis() throws Exception {
        Report seed = SeedCorpus.report();
        // a row that is drawn: dated to a year or less
        TimelineEntry first = seed.timeline().stream()
                .filter(t -> t.when() != null && t.when().days() <= 366).findFirst().orElseThrow();
        SourceValue some = first.values().get(0);
        TimeMention vague = new TimeMention(some.time().span(), "the 2nd millennium", some.time().parts(), Relation.AT,
                "1", new TimeInterval(LocalDate.of(1000, 1, 1), LocalDate.of(1999, 12, 31)));
        List<SourceValue> values = new java.util.ArrayList<>(first.values());
        values.add(new SourceValue(some.claim(), vague));
        List<TimelineEntry> timeline = seed.timeline().stream().map(t -> t == first
                ? new TimelineEntry(t.id(), t.label(), values, t.consensus(), t.when(), t.dissent()) : t).toList();
        Report report = new Report(seed.toolVersion(), seed.sources(), seed.claims(), seed.alignments(), seed.findings(), timeline);
        String html = html(report);
        String plain = html(seed);
        assertThat(ticksOf(html)).isEqualTo(ticksOf(plain));
        assertThat(html).doesNotContain("the 2nd millennium</title>");
    }

    /** The years of the wide drawing's axis ticks. */
    private static List<String> ticksOf(String html) {
        String wide = html.substring(html.indexOf("<svg class=\"tl tl-wide"));
        return Pattern.compile("class=\"tick\" data-year=\"(-?\\d+)\"").matcher(wide.substring(0, wide.indexOf("</svg>")))
                .results().map(r -> r.group(1)).toList();
    }
}
