package dev.recon.report;

import dev.recon.Report;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.triage.TriagedReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal format, after ESLint's "stylish" and Vale's CLI output: findings grouped by the file of
 * their first quote, one line each ({@code line:col  severity  message  kind}), then the input notes and
 * one summary line. Columns count Unicode code points ({@link TextPosition#characterColumn}).
 *
 * <p>Baselined and suppressed findings are not listed (they are counted in the summary), as linters
 * leave out what is disabled. With {@link OutputOptions#colour()} severities and the summary are
 * coloured with ANSI escapes; without it the output is plain text.
 */
public final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String UNDERLINE = "\u001b[4m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BLUE = "\u001b[34m";
    private static final String GREEN = "\u001b[32m";
    /** Width of the widest severity word, "major" and "minor", so that messages line up. */
    private static final int SEVERITY_WIDTH = 5;

    private final OutputOptions options;

    public TextReportWriter() {
        this(OutputOptions.defaults());
    }

    public TextReportWriter(OutputOptions options) {
        this.options = options;
    }

    @Override
    public void write(TriagedReport triaged, Writer out) throws IOException {
        Report report = triaged.report();
        List<Finding> counting = report.findings().stream().filter(f -> triaged.disposition(f).counts()).toList();
        FindingSelection sel = FindingSelection.of(counting, options);
        Map<String, TextPosition> positions = new LinkedHashMap<>();
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Source s : report.sources()) {
            positions.put(s.id(), new TextPosition(s.text()));
            byFile.put(s.id(), new ArrayList<>());
        }
        for (Finding f : sel.shown()) {
            byFile.get(f.evidence().get(0).source()).add(f);
        }
        StringBuilder sb = new StringBuilder();
        for (Source s : report.sources()) {
            List<Finding> fs = new ArrayList<>(byFile.get(s.id()));
            if (fs.isEmpty()) {
                continue;
            }
            fs.sort(Comparator.comparingInt((Finding f) -> f.evidence().get(0).span().start())
                    .thenComparing(FindingSelection.MOST_SEVERE_FIRST));
            TextPosition p = positions.get(s.id());
            List<String> where = fs.stream().map(f -> p.lineColumn(f.evidence().get(0).span().start())).toList();
            int width = where.stream().mapToInt(String::length).max().orElse(0);
            sb.append(paint(UNDERLINE, oneLine(s.path()))).append('\n');
            for (int i = 0; i < fs.size(); i++) {
                Finding f = fs.get(i);
                sb.append("  ").append(pad(where.get(i), width)).append("  ")
                        .append(paint(colourOf(f.severity()), pad(f.severity().id(), SEVERITY_WIDTH))).append("  ")
                        .append(oneLine(f.message())).append("  ")
                        .append(paint(DIM, f.kind().id())).append('\n');
            }
            sb.append('\n');
        }
        if (sel.overCap() > 0) {
            sb.append(String.format(Locale.ROOT, "%d more %s not shown (at most %d are listed); %s.%n%n",
                    sel.overCap(), plural(sel.overCap(), "finding"), options.maxFindings(), options.fullReport()));
        }
        for (Notice n : report.notices()) {
            Source s = report.sources().stream().filter(x -> x.id().equals(n.source())).findFirst().orElse(null);
            sb.append("note: ").append(s == null ? "" : oneLine(s.path()) + ": ").append(oneLine(n.message())).append('\n');
        }
        if (!report.notices().isEmpty()) {
            sb.append('\n');
        }
        sb.append(summary(triaged, counting, sel)).append('\n');
        out.write(sb.toString());
        out.flush();
    }

    /** "3 findings (1 major, 2 minor, 0 info) in 2 sources", then what was left out and why. */
    private String summary(TriagedReport triaged, List<Finding> counting, FindingSelection sel) {
        Report report = triaged.report();
        long major = counting.stream().filter(f -> f.severity() == Severity.MAJOR).count();
        long minor = counting.stream().filter(f -> f.severity() == Severity.MINOR).count();
        long info = counting.size() - major - minor;
        String colour = major > 0 ? RED : minor > 0 ? YELLOW : GREEN;
        StringBuilder s = new StringBuilder();
        s.append(paint(BOLD + colour, String.format(Locale.ROOT, "%d %s (%d major, %d minor, %d info)",
                counting.size(), plural(counting.size(), "finding"), major, minor, info)));
        s.append(String.format(Locale.ROOT, " in %d %s", report.sources().size(), plural(report.sources().size(), "source")));
        List<String> notShown = new ArrayList<>();
        if (sel.belowMinimum() > 0) {
            notShown.add(sel.belowMinimum() + " below " + options.minSeverity().id());
        }
        if (sel.overCap() > 0) {
            notShown.add(sel.overCap() + " over the limit of " + options.maxFindings());
        }
        if (triaged.baselinedCount() > 0) {
            notShown.add(triaged.baselinedCount() + " baselined");
        }
        if (triaged.suppressedCount() > 0) {
            notShown.add(triaged.suppressedCount() + " suppressed");
        }
        if (!notShown.isEmpty()) {
            s.append("; not shown: ").append(String.join(", ", notShown));
        }
        return s.toString();
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case MAJOR -> RED;
            case MINOR -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private String paint(String code, String text) {
        return options.colour() ? code + text + RESET : text;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    /**
     * A message on one line, a terminal line per finding being the format's promise; control characters
     * become spaces, so that a source cannot drive the terminal: the C0 and C1 sets (ESC, and CSI U+009B,
     * which some terminals take alone) and the bidirectional overrides and isolates, which reorder what
     * the line shows.
     */
    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll(CONTROLS, " ");
    }

    /** {@code \p{Cc}} is every control character, C1 included, where {@code \p{Cntrl}} is ASCII's alone. */
    private static final String CONTROLS = "[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]";
}
