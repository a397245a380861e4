package dev.recon.report;

import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.model.SetAside;
import dev.recon.source.Source;
import dev.recon.model.SourceValue;
import dev.recon.model.TimelineEntry;
import dev.recon.triage.Disposition;
import dev.recon.triage.TriagedReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for people: a summary, then the findings grouped by severity, each with its quotes side
 * by side in context. Info findings are folded away so that what needs fixing comes first. The output
 * is plain GitHub-flavoured Markdown, fit to post as a pull-request comment: it stays under GitHub's
 * comment limit ({@value #GITHUB_COMMENT_LIMIT} characters) by listing whole findings, most severe first,
 * while they fit, and says how many were left out and where they are. Quotes are located by
 * {@code path:line:column}, columns in code points; a section with nothing in it is not printed.
 */
public final class MarkdownReportWriter implements ReportWriter {

    private static final int CONTEXT = 45;
    /** GitHub refuses a pull-request or issue comment longer than this many characters. */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;
    /**
     * Room kept for the closing notes (what was left out and where the rest is) when filling a report up
     * to the limit: the notes are a few short sentences and a path, well under this.
     */
    private static final int NOTE_ROOM = 1_024;

    private final OutputOptions options;
    private final int limit;
    /** The limit as a reader knows it, for the note that says findings were left out to keep it. */
    private final String limitName;

    /** Every finding, within GitHub's comment limit. */
    public MarkdownReportWriter() {
        this(OutputOptions.defaults());
    }

    public MarkdownReportWriter(OutputOptions options) {
        this(options, GITHUB_COMMENT_LIMIT);
    }

    /** A writer whose reports stay within {@code limit} characters (UTF-16 units, never fewer than GitHub counts). */
    MarkdownReportWriter(OutputOptions options, int limit) {
        this(options, limit, String.format(Locale.ROOT, "GitHub's %,d-character comment limit", GITHUB_COMMENT_LIMIT));
    }

    /** A writer whose reports stay within {@code limit} characters, which its notes call {@code limitName}. */
    MarkdownReportWriter(OutputOptions options, int limit, String limitName) {
        if (limit <= NOTE_ROOM) {
            throw new IllegalArgumentException("limit must exceed " + NOTE_ROOM + ", got " + limit);
        }
        this.options = options;
        this.limit = limit;
        this.limitName = java.util.Objects.requireNonNull(limitName, "limitName");
    }

    @Override
    public void write(TriagedReport triaged, Writer out) throws IOException {
        Report report = triaged.report();
        StringBuilder md = new StringBuilder();
        md.append("# recon reconciliation report\n\n");
        long major = count(report, Severity.MAJOR);
        long minor = count(report, Severity.MINOR);
        long info = count(report, Severity.INFO);
        md.append(String.format(Locale.ROOT, "**%d sources**, %d claims, %d alignments. Findings: **%d major**, %d minor, %d info.%n%n",
                report.sources().size(), report.claims().size(), report.alignments().size(), major, minor, info));
        report.comparison().reference().ifPresent(ref -> md.append("Checked against the reference, **").append(cell(ref))
                .append("**: every other source is compared with it alone, and findings between two other sources are not reported.\n\n"));
        if (!report.groups().isEmpty()) {
            md.append("Grouped by folder: each group is reconciled on its own, and a source's id begins with its group (")
                    .append(String.join(", ", report.groups().stream()
                            .map(g -> "**" + cell(g.name()) + "**, " + g.sources().size() + " sources").toList()))
                    .append(").\n\n");
        }
        md.append("| Source | Kind | Path | Claims | Major | Minor | Info | Set aside |\n"
                + "|---|---|---|---:|---:|---:|---:|---:|\n");
        for (Source s : report.sources()) {
            md.append("| ").append(cell(s.id())).append(report.comparison().isReference(s.id()) ? " (reference)" : "")
                    .append(" | ").append(s.kind().id()).append(" | `")
                    .append(s.path().replace("`", "'")).append("` | ")
                    .append(report.claims().stream().filter(c -> c.sourceId().equals(s.id())).count());
            for (Severity sev : new Severity[] {Severity.MAJOR, Severity.MINOR, Severity.INFO}) {
                md.append(" | ").append(report.findings().stream()
                        .filter(f -> f.severity() == sev && f.evidence().get(0).source().equals(s.id())).count());
            }
            md.append(" | ").append(String.format(Locale.ROOT, "%,d chars",
                    report.setAside(s.id()).stream().mapToInt(SetAside::chars).sum()));
            md.append(" |\n");
        }
        md.append('\n');
        setAside(md, report);
        if (triaged.baseline().isPresent() || triaged.suppressedCount() > 0) {
            md.append(String.format(Locale.ROOT, "%d findings are in the baseline%s, %d are suppressed by configuration%s.%n%n",
                    triaged.baselinedCount(), triaged.baseline().map(p -> " (`" + p.replace("`", "'") + "`)").orElse(""),
                    triaged.suppressedCount(), triaged.gone().isEmpty() ? ""
                            : "; gone since the baseline: " + String.join(", ", triaged.gone().stream().map(g -> "`" + g + "`").toList())));
        }
        if (!report.notices().isEmpty()) {
            md.append("**Notes on the input**\n\n");
            report.notices().forEach(n -> md.append("- ").append(n.source().isEmpty() ? "" : "`" + n.source().replace("`", "'") + "`: ")
                    .append(n.message()).append('\n'));
            md.append('\n');
        }
        Map<FindingKind, Long> kinds = new LinkedHashMap<>();
        for (FindingKind k : FindingKind.values()) {
            long n = report.findings().stream().filter(f -> f.kind() == k && f.severity() != Severity.INFO).count();
            if (n > 0) {
                kinds.put(k, n);
            }
        }
        if (!kinds.isEmpty()) {
            List<String> parts = new ArrayList<>();
            kinds.forEach((k, n) -> parts.add(n + " " + k.id()));
            md.append("Minor and major by kind: ").append(String.join(", ", parts)).append(".\n\n");
        }
        timeline(md, report);
        String footer = "---\nGenerated by recon " + report.toolVersion()
                + ". Places are `path:line:column`, lines and columns from 1, columns counting Unicode characters (code points);"
                + " the JSON report (`--format json`) has every finding with UTF-16 offsets into each file.\n";
        int room = limit - NOTE_ROOM - footer.length();
        int headLines = 0;
        if (md.length() > room) {
            // a report whose summary and timeline alone fill the limit keeps whole lines of them
            int cut = md.lastIndexOf("\n", room - 1) + 1;
            headLines = (int) md.substring(cut).lines().count();
            md.setLength(cut);
            md.append('\n');
        }
        FindingSelection sel = FindingSelection.of(report.findings(), options);
        int sizeCut = findings(md, triaged, sel.shown(), room);
        if (headLines > 0) {
            md.append(String.format(Locale.ROOT, "%d lines of the summary and timeline above are left out to keep this report under"
                    + " %s.%n%n", headLines, limitName));
        }
        if (sel.belowMinimum() > 0) {
            md.append(String.format(Locale.ROOT, "%d %s below %s %s not listed.%n%n", sel.belowMinimum(),
                    sel.belowMinimum() == 1 ? "finding" : "findings", options.minSeverity().id(),
                    sel.belowMinimum() == 1 ? "is" : "are"));
        }
        if (sel.overCap() > 0 || sizeCut > 0) {
            List<String> why = new ArrayList<>();
            if (sel.overCap() > 0) {
                why.add(String.format(Locale.ROOT, "%d over the limit of %d findings", sel.overCap(), options.maxFindings()));
            }
            if (sizeCut > 0) {
                why.add(String.format(Locale.ROOT, "%d to keep this report under %s", sizeCut, limitName));
            }
            int left = sel.overCap() + sizeCut;
            md.append(String.format(Locale.ROOT, "**%d more %s not listed** (%s); %s.%n%n", left,
                    left == 1 ? "finding is" : "findings are", String.join("; ", why), cell(options.fullReport())));
        }
        md.append(footer);
        out.write(md.toString());
        out.flush();
    }

    /**
     * The findings by severity, major first, each severity under its heading only when it has any, info
     * folded; whole findings only, as many as fit in {@code room} characters in all. Returns how many did not fit.
     */
    private static int findings(StringBuilder md, TriagedReport triaged, List<Finding> shown, int room) {
        Report report = triaged.report();
        Map<String, TextPosition> positions = new LinkedHashMap<>();
        report.sources().forEach(s -> positions.put(s.id(), new TextPosition(s.text())));
        Severity open = null;
        int n = 0;
        for (int i = 0; i < shown.size(); i++) {
            Finding f = shown.get(i);
            StringBuilder piece = new StringBuilder();
            if (f.severity() != open) {
                if (open != null) {
                    piece.append(closing(open));
                }
                long all = count(report, f.severity());
                String title = title(f.severity());
                piece.append("## ").append(title).append(" (").append(all).append(")\n\n");
                if (f.severity() == Severity.INFO) {
                    piece.append("<details><summary>Show ").append(all).append(" ").append(title.toLowerCase(Locale.ROOT))
                            .append(" findings</summary>\n\n");
                }
                n = 1;
            }
            finding(piece, triaged, f, n, positions);
            if (md.length() + piece.length() + closing(f.severity()).length() > room) {
                if (open != null) {
                    md.append(closing(open));
                }
                return shown.size() - i;
            }
            md.append(piece);
            open = f.severity();
            n++;
        }
        if (open != null) {
            md.append(closing(open));
        }
        return 0;
    }

    private static String title(Severity s) {
        return switch (s) {
            case MAJOR -> "Major";
            case MINOR -> "Minor";
            case INFO -> "Info";
        };
    }

    /** What ends a severity's section: info findings are folded. */
    private static String closing(Severity s) {
        return s == Severity.INFO ? "</details>\n\n" : "";
    }

    private static void finding(StringBuilder md, TriagedReport triaged, Finding f, int n, Map<String, TextPosition> positions) {
        Report report = triaged.report();
        Disposition d = triaged.disposition(f);
        String mark = d.baselined() ? " *(baselined)*" : d.suppressed() != null ? " *(suppressed: " + cell(d.suppressed()) + ")*" : "";
        md.append("### ").append(n).append(". `").append(f.kind().id()).append("` ")
                .append(inline(f.message())).append(mark).append("\n\n");
        Map<String, List<Evidence>> bySource = new LinkedHashMap<>();
        for (Evidence e : f.evidence()) {
            bySource.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
        }
        List<String> sources = new ArrayList<>(bySource.keySet());
        md.append("| ").append(String.join(" | ", sources.stream().map(MarkdownReportWriter::cell).toList())).append(" |\n|");
        md.append("---|".repeat(sources.size())).append('\n').append("| ");
        List<String> cells = new ArrayList<>();
        for (String s : sources) {
            Source source = report.source(s);
            List<String> quotes = new ArrayList<>();
            for (Evidence e : bySource.get(s)) {
                quotes.add(inContext(source.text(), e) + " <sub>" + cell(source.path()) + ":"
                        + positions.get(s).lineColumn(e.span().start()) + "</sub>");
            }
            cells.add(String.join("<br>", quotes));
        }
        md.append(String.join(" | ", cells)).append(" |\n\n");
        md.append("<sub>id `").append(f.id()).append("`</sub>\n\n");
    }

    /**
     * Says what of each source was not read for claims and why, so that nothing is left out unseen: a
     * reference list is expected, a "See also" that swallowed real sections is not.
     */
    private static void setAside(StringBuilder md, Report report) {
        List<String> perSource = new ArrayList<>();
        for (Source s : report.sources()) {
            TextPosition position = new TextPosition(s.text());
            List<String> kinds = report.setAside(s.id()).stream()
                    .map(a -> String.format(Locale.ROOT, "%s %d (%,d chars from %s)", a.kind().id(), a.blocks(), a.chars(),
                            position.lineColumn(a.first().start())))
                    .toList();
            if (!kinds.isEmpty()) {
                perSource.add(cell(s.id()) + ": " + String.join(", ", kinds));
            }
        }
        if (!perSource.isEmpty()) {
            md.append("Set aside, not read for claims: ").append(String.join("; ", perSource)).append(".\n\n");
        }
    }

    private static long count(Report r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).count();
    }

    /** The consensus timeline as a table in date order: one column per source, dissent marked. */
    private static void timeline(StringBuilder md, Report report) {
        if (report.groups().isEmpty()) {
            timeline(md, report, report.sources(), "Timeline");
            return;
        }
        // groups share no fact, so each gets its own table with its own sources as columns
        for (Report.SourceGroup g : report.groups()) {
            timeline(md, report, report.sources().stream().filter(s -> g.sources().contains(s.id())).toList(),
                    "Timeline: " + cell(g.name()));
        }
    }

    private static void timeline(StringBuilder md, Report report, List<Source> sources, String title) {
        List<String> ids = sources.stream().map(Source::id).toList();
        List<TimelineEntry> multi = report.timeline().stream().filter(t -> !t.status().equals("single"))
                .filter(t -> t.values().stream().anyMatch(v -> ids.contains(v.source()))).toList();
        if (multi.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\nDated facts that more than one source gives, in date order. **Bold** is the consensus, "
                + "weighted by source kind; ✗ marks a dissenting source.\n\n");
        md.append("| Consensus | Fact |");
        sources.forEach(s -> md.append(' ').append(cell(s.id())).append(" |"));
        md.append("\n|---|---|").append("---|".repeat(sources.size())).append('\n');
        for (TimelineEntry t : multi) {
            md.append("| **").append(cell(ReadableTime.of(t.consensus()))).append("** | ").append(cell(t.label())).append(" |");
            for (Source s : sources) {
                List<String> vs = t.values().stream().filter(v -> v.source().equals(s.id()))
                        .map(v -> cell(v.time().text()) + (t.dissent().contains(s.id())
                                && v.time().conflictsWith(t.values().stream().filter(x -> x.time().value().equals(t.consensus()))
                                .findFirst().map(SourceValue::time).orElse(v.time())) ? " ✗" : ""))
                        .toList();
                md.append(' ').append(vs.isEmpty() ? "—" : String.join("; ", vs)).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    /** The quote in bold within its surrounding words, on one line. */
    static String inContext(String text, Evidence e) {
        int s = e.span().start();
        int t = e.span().end();
        int from = Math.max(0, s - CONTEXT);
        int to = Math.min(text.length(), t + CONTEXT);
        int nl = text.lastIndexOf('\n', s - 1);
        if (nl >= from) {
            from = nl + 1;
        }
        int nl2 = text.indexOf('\n', t);
        if (nl2 >= 0 && nl2 < to) {
            to = nl2;
        }
        String before = (from > 0 && text.charAt(from - 1) != '\n' ? "…" : "") + text.substring(from, s);
        String after = text.substring(t, to) + (to < text.length() && text.charAt(to) != '\n' ? "…" : "");
        String quote = e.text().strip().isEmpty() ? "(blank)" : e.text();
        return cell(before) + "**" + cell(quote).strip() + "**" + cell(after);
    }

    /** Text safe inside a table cell: no line breaks, pipes or Markdown/HTML syntax. */
    static String cell(String s) {
        return s.replace("\r", " ").replace("\n", " ").replace("\\", "\\\\").replace("|", "\\|")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("<", "&lt;").replace(">", "&gt;")
                .replace("[", "\\[").replace("]", "\\]");
    }

    private static String inline(String s) {
        return cell(s);
    }
}
