package dev.recon.report;

import dev.recon.Report;
import dev.recon.source.Source;
import dev.recon.model.TimeInterval;
import dev.recon.internal.time.Years;
import dev.recon.model.SourceValue;
import dev.recon.model.TimelineEntry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The consensus timeline of the HTML report: one row per dated fact, a dot per source, the consensus as a
 * bar. Text in an SVG scales with it, so one drawing cannot be readable both in a phone's 360 px and a
 * desktop pane's 900: the chart is drawn once per {@link Layout}, each for a range of pane widths, and
 * the stylesheet shows the one whose range holds the pane's width (a container query). Each drawing
 * scales to its pane ({@code viewBox}, {@code width:100%}), and its axis covers every point it draws.
 */
final class TimelineSvg {

    /** Facts dated more loosely than this (eras, "the mid-20th century") would stretch the scale past the rest. */
    private static final long LONGEST_DRAWN_DAYS = 40L * 366;
    /**
     * Least room between two tick labels: "1000 BC" at 11 px is about 40 px wide, and a gap keeps
     * neighbours from reading as one.
     */
    private static final int MIN_TICK_GAP = 64;
    /** Room right of the plot for the last dot's jitter and a dissent mark beside it. */
    private static final int RIGHT_MARGIN = 20;
    /** Room left of the plot when labels sit above their rows: half a tick label. */
    private static final int LEFT_MARGIN_LABELS_ABOVE = 20;
    /** Height of the axis labels above the first row. */
    private static final int AXIS_HEIGHT = 24;
    /** Dots of one fact that fall on one place are nudged this far apart, up to {@link #JITTER_STEPS}. */
    private static final int JITTER = 3;
    private static final int JITTER_STEPS = 3;
    /** Average width of a character of 11 px sans-serif, to cut labels to their room. */
    private static final double CHAR_WIDTH = 6.2;

    /**
     * One drawing.
     *
     * @param name       CSS class suffix: {@code tl-NAME}
     * @param width      viewBox width, about the pane width it is drawn for, so text stays near 11 px
     * @param labelWidth room for the row labels left of the plot; 0 puts each label above its row
     * @param rowHeight  height of a row
     */
    record Layout(String name, int width, int labelWidth, int rowHeight) {

        boolean labelsAbove() {
            return labelWidth == 0;
        }

        int plotLeft() {
            return labelsAbove() ? LEFT_MARGIN_LABELS_ABOVE : labelWidth;
        }

        int plotWidth() {
            return width - plotLeft() - RIGHT_MARGIN;
        }

        int maxTicks() {
            return 1 + plotWidth() / MIN_TICK_GAP;
        }

        int labelChars() {
            return (int) ((labelsAbove() ? width - 8 : labelWidth - 8) / CHAR_WIDTH);
        }
    }

    /** A phone held upright: panes below about 560 px (report.css). */
    static final Layout NARROW = new Layout("narrow", 360, 0, 32);
    /** A tablet or a narrow window: panes of about 560–880 px. */
    static final Layout MEDIUM = new Layout("medium", 640, 220, 18);
    /** A desktop pane of 880 px and more. */
    static final Layout WIDE = new Layout("wide", 960, 300, 18);
    static final List<Layout> LAYOUTS = List.of(NARROW, MEDIUM, WIDE);

    private final Report report;
    private final List<TimelineEntry> rows;
    private final Map<String, String> colours = new HashMap<>();

    TimelineSvg(Report report, List<String> palette) {
        this.report = report;
        this.rows = report.timeline().stream().filter(t -> t.when() != null
                && (t.when().from() != null || t.when().to() != null) && t.when().days() < LONGEST_DRAWN_DAYS).toList();
        List<Source> sources = report.sources();
        for (int i = 0; i < sources.size(); i++) {
            colours.put(sources.get(i).id(), palette.get(i % palette.size()));
        }
    }

    void write(StringBuilder h) {
        h.append("<h2>Timeline</h2><div id=\"timeline\">");
        if (rows.isEmpty()) {
            h.append("<p class=\"muted\">No dated facts.</p></div>");
            return;
        }
        h.append("<div class=\"legend\">");
        report.sources().forEach(s -> h.append("<span><i style=\"background:").append(colours.get(s.id()))
                .append("\"></i>").append(HtmlReportWriter.esc(s.id())).append("</span>"));
        h.append("<span class=\"muted\">bar: consensus; ✗ dissent</span></div>");
        // the axis covers what is drawn: each consensus bar, and each value's dot at its middle
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (TimelineEntry t : rows) {
            TimeInterval when = t.when();
            if (when.from() != null) {
                min = Math.min(min, start(when.from()));
                max = Math.max(max, start(when.from()));
            }
            if (when.to() != null) {
                min = Math.min(min, start(when.to()));
                max = Math.max(max, end(when.to()));
            }
            for (SourceValue v : t.values()) {
                TimeInterval i = v.time().interval();
                if (placed(i)) {
                    min = Math.min(min, middle(i));
                    max = Math.max(max, middle(i));
                }
            }
        }
        for (Layout layout : LAYOUTS) {
            draw(h, layout, TimeAxis.covering(min, max, layout.maxTicks()));
        }
        h.append("</div>");
    }

    /**
     * Whether a source's value gets a dot: it has a known end, and it is not so vague ("the 2nd
     * millennium") that its middle says nothing and would stretch the axis until every other row is flat.
     */
    private static boolean placed(TimeInterval i) {
        if (i == null || i.from() == null && i.to() == null) {
            return false;
        }
        return i.from() == null || i.to() == null || i.days() < LONGEST_DRAWN_DAYS;
    }

    private void draw(StringBuilder h, Layout l, TimeAxis axis) {
        int top = AXIS_HEIGHT + (l.labelsAbove() ? 14 : 6);
        int height = top + rows.size() * l.rowHeight();
        h.append("<svg class=\"tl tl-").append(l.name()).append("\" role=\"img\" aria-label=\"Consensus timeline\" viewBox=\"0 0 ")
                .append(l.width()).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int i = 0; i < axis.ticks().size(); i++) {
            long tick = axis.ticks().get(i);
            double x = x(l, axis, tick);
            String anchor = i == 0 && l.labelsAbove() ? "start" : i == axis.ticks().size() - 1 ? "end" : "middle";
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eaecf0\"/>"
                    + "<text class=\"tick\" data-year=\"%d\" x=\"%.1f\" y=\"14\" text-anchor=\"%s\">%s</text>", x, AXIS_HEIGHT - 4, x, height,
                    tick, x, anchor, HtmlReportWriter.esc(Years.format((int) tick))));
        }
        for (int r = 0; r < rows.size(); r++) {
            TimelineEntry t = rows.get(r);
            int y = top + r * l.rowHeight() + (l.labelsAbove() ? l.rowHeight() / 2 + 2 : l.rowHeight() / 2 - 4);
            String label = HtmlReportWriter.esc(HtmlReportWriter.abbreviate(t.label(), l.labelChars()));
            if (l.labelsAbove()) {
                h.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>", y - 9, label));
            } else {
                h.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>", y + 4, label));
            }
            TimeInterval when = t.when();
            if (when.from() != null && when.to() != null) {
                double x1 = x(l, axis, start(when.from()));
                double x2 = x(l, axis, end(when.to()));
                h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" rx=\"3\" fill=\"#d0d5dd\"><title>%s</title></rect>",
                        x1, y - 4, Math.max(3, x2 - x1), HtmlReportWriter.esc(consensusText(t.consensus()))));
            }
            int k = 0;
            for (SourceValue v : t.values()) {
                TimeInterval i = v.time().interval();
                if (!placed(i)) {
                    continue;
                }
                double at = middle(i);
                double x = x(l, axis, at) + (k++ % JITTER_STEPS) * JITTER;
                boolean dissent = t.dissent().contains(v.source());
                h.append(String.format(Locale.ROOT, "<circle class=\"event\" data-year=\"%.2f\" cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"%s\"><title>%s: %s%s</title></circle>",
                        at, x, y, colours.get(v.source()), HtmlReportWriter.esc(v.source()), HtmlReportWriter.esc(v.time().text()),
                        dissent ? " (dissents)" : ""));
                if (dissent) {
                    h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#b42318\">✗</text>", x + 5, y + 4));
                }
            }
        }
        h.append("</svg>");
    }

    /** How the HTML shows a consensus value: as a date people read ("the 1990s", "Nov–Dec 1958", "44 BC"). */
    static String consensusText(String consensus) {
        return ReadableTime.of(consensus);
    }

    private static double x(Layout l, TimeAxis axis, double year) {
        return l.plotLeft() + axis.fraction(year) * l.plotWidth();
    }

    /** A day as a fractional year: where the day begins. */
    static double start(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    /** Where a day ends: a fact dated "1865" runs to the end of 1865. */
    static double end(LocalDate d) {
        return start(d) + 1.0 / d.lengthOfYear();
    }

    /** A dot's place: the middle of its interval, or its one known end. */
    private static double middle(TimeInterval i) {
        if (i.from() != null && i.to() != null) {
            return (start(i.from()) + end(i.to())) / 2;
        }
        return i.from() != null ? start(i.from()) : end(i.to());
    }
}
