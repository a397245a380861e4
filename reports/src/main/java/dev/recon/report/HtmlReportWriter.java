package dev.recon.report;

import dev.recon.Report;
import dev.recon.model.Alignment;
import dev.recon.model.AlignmentStatus;
import dev.recon.model.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.triage.Disposition;
import dev.recon.triage.TriagedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One self-contained HTML file for editors: a summary, the findings (filterable by kind, severity and
 * source), the sources side by side with claims and evidence marked, and the consensus timeline as an
 * inline SVG chart. Clicking a finding highlights its evidence and scrolls every source to it. The file
 * makes no external requests, and every piece of source text is escaped.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String[] COLOURS = {"#1570ef", "#c11574", "#099250", "#dc6803", "#6938ef", "#0e9384", "#7a2e0e"};

    @Override
    public void write(TriagedReport triaged, Writer out) throws IOException {
        Report report = triaged.report();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
                .append("<title>recon report</title><style>").append(resource("html/report.css")).append("</style></head><body>\n");
        header(h, triaged);
        h.append("<main><section id=\"findings-pane\" aria-label=\"Findings\">");
        filters(h, report);
        Locations locations = new Locations(report.sources());
        findings(h, triaged, locations);
        h.append("</section><section id=\"right\">");
        sources(h, report, locations);
        new TimelineSvg(report, List.of(COLOURS)).write(h);
        h.append("</section></main>\n<script>").append(resource("html/report.js")).append("</script></body></html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void header(StringBuilder h, TriagedReport triaged) {
        Report r = triaged.report();
        h.append("<header><h1>recon reconciliation report</h1><div class=\"summary\">");
        h.append("<span class=\"count\">").append(r.sources().size()).append(" sources</span>");
        h.append("<span class=\"count\">").append(r.claims().size()).append(" claims</span>");
        for (Severity s : new Severity[] {Severity.MAJOR, Severity.MINOR, Severity.INFO}) {
            long n = r.findings().stream().filter(f -> f.severity() == s).count();
            h.append("<span class=\"count sev-").append(s.id()).append("\"><b>").append(n).append("</b> ")
                    .append(s.id()).append("</span>");
        }
        if (triaged.baseline().isPresent() || triaged.suppressedCount() > 0) {
            h.append("<span class=\"count muted\">").append(triaged.baselinedCount()).append(" baselined, ")
                    .append(triaged.suppressedCount()).append(" suppressed</span>");
        }
        h.append("<span class=\"muted\">recon ").append(esc(r.toolVersion())).append("</span></div>");
        if (!r.notices().isEmpty()) {
            h.append("<ul class=\"notices muted\">");
            r.notices().forEach(n -> h.append("<li>").append(n.source().isEmpty() ? "" : "<b>" + esc(n.source()) + "</b>: ")
                    .append(esc(n.message())).append("</li>"));
            h.append("</ul>");
        }
        h.append("</header>\n");
    }

    private static void filters(StringBuilder h, Report r) {
        h.append("<div id=\"filters\"><label>Kind <select id=\"f-kind\"><option value=\"\">all</option>");
        Set<FindingKind> kinds = new LinkedHashSet<>();
        r.findings().forEach(f -> kinds.add(f.kind()));
        for (FindingKind k : FindingKind.values()) {
            if (kinds.contains(k)) {
                h.append("<option>").append(k.id()).append("</option>");
            }
        }
        h.append("</select></label><label>Severity <select id=\"f-severity\"><option value=\"\">all</option>")
                .append("<option>major</option><option>minor</option><option>info</option></select></label>")
                .append("<label>Source <select id=\"f-source\"><option value=\"\">all</option>");
        for (Source s : r.sources()) {
            h.append("<option>").append(esc(s.id())).append("</option>");
        }
        h.append("</select></label><span class=\"muted\"><span id=\"shown\"></span> shown</span></div>");
    }

    private static void findings(StringBuilder h, TriagedReport triaged, Locations locations) {
        h.append("<ol id=\"findings\">");
        for (Finding f : triaged.report().findings()) {
            Set<String> srcs = new TreeSet<>();
            f.evidence().forEach(e -> srcs.add(e.source()));
            Disposition d = triaged.disposition(f);
            h.append("<li class=\"finding ").append(f.severity().id()).append("\" tabindex=\"0\" data-id=\"").append(esc(f.id()))
                    .append("\" data-kind=\"").append(f.kind().id()).append("\" data-severity=\"").append(f.severity().id())
                    .append("\" data-sources=\"").append(esc(String.join(" ", srcs))).append("\">")
                    .append("<div><span class=\"kind sev-").append(f.severity().id()).append("\">").append(f.severity().id())
                    .append(" · ").append(f.kind().id()).append("</span>");
            if (d.baselined()) {
                h.append(" <span class=\"muted\">baselined</span>");
            }
            if (d.suppressed() != null) {
                h.append(" <span class=\"muted\">suppressed: ").append(esc(d.suppressed())).append("</span>");
            }
            h.append("</div><div>").append(esc(f.message())).append("</div><div class=\"muted\">");
            List<String> quotes = new ArrayList<>();
            for (Evidence e : f.evidence()) {
                quotes.add("<code class=\"loc\">" + esc(locations.of(e)) + "</code> “" + esc(abbreviate(e.text(), 60)) + "”");
            }
            h.append(String.join("<br>", quotes)).append(" · <code>").append(esc(f.id())).append("</code></div></li>");
        }
        h.append("</ol>");
    }

    /** Each source's full text, cut at every claim and evidence boundary so that marks can overlap. */
    private static void sources(StringBuilder h, Report r, Locations locations) {
        Map<String, AlignmentStatus> claimStatus = new HashMap<>();
        for (Alignment a : r.alignments()) {
            for (Claim c : a.claims()) {
                claimStatus.put(c.id(), a.status());
            }
        }
        h.append("<h2>Sources</h2><div id=\"sources\">");
        int index = 0;
        for (Source s : r.sources()) {
            String text = s.text();
            List<Claim> claims = r.claims().stream().filter(c -> c.sourceId().equals(s.id())).toList();
            // one entry per quote and finding: two findings may quote the same words
            List<Map.Entry<Evidence, String>> evidence = new ArrayList<>();
            for (Finding f : r.findings()) {
                for (Evidence e : f.evidence()) {
                    if (e.source().equals(s.id())) {
                        evidence.add(Map.entry(e, f.id()));
                    }
                }
            }
            TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
            // a mark never crosses a line, so that each line is one element with its number beside it
            List<Integer> lineStarts = lineStarts(text);
            cuts.addAll(lineStarts);
            claims.forEach(c -> {
                cuts.add(c.span().start());
                cuts.add(c.span().end());
            });
            evidence.forEach(e -> {
                cuts.add(e.getKey().span().start());
                cuts.add(e.getKey().span().end());
            });
            h.append("<div class=\"source\" data-path=\"").append(esc(s.path())).append("\"><h3 style=\"color:").append(COLOURS[index % COLOURS.length]).append("\">")
                    .append(esc(s.id())).append(" <span class=\"muted\">").append(s.kind().id()).append(" · ")
                    .append(esc(s.path())).append("</span></h3><div class=\"text\" id=\"pane-").append(index).append("\" style=\"--digits:")
                    .append(Integer.toString(lineStarts.size()).length()).append("\">");
            Integer prev = null;
            int line = 0;
            for (int cut : cuts) {
                if (prev != null && cut > prev) {
                    if (line < lineStarts.size() && prev.intValue() == lineStarts.get(line)) {
                        line++;
                        h.append(line > 1 ? "</span>" : "").append("<span class=\"line\" data-line=\"").append(line).append("\">");
                    }
                    int from = prev;
                    int to = cut;
                    List<String> evs = new ArrayList<>();
                    for (Map.Entry<Evidence, String> e : evidence) {
                        if (e.getKey().span().start() <= from && to <= e.getKey().span().end()) {
                            evs.add(e.getValue());
                        }
                    }
                    String status = claims.stream().filter(c -> c.span().start() <= from && to <= c.span().end())
                            .map(c -> claimStatus.getOrDefault(c.id(), AlignmentStatus.SINGLE).id()).findFirst().orElse(null);
                    String segment = esc(text.substring(from, to));
                    if (evs.isEmpty() && status == null) {
                        h.append(segment);
                    } else {
                        h.append("<span class=\"seg").append(status == null ? "" : " claim-" + status)
                                .append(evs.isEmpty() ? "" : " ev").append("\"");
                        if (!evs.isEmpty()) {
                            h.append(" data-ev=\"").append(esc(String.join(" ", new LinkedHashSet<>(evs)))).append("\"");
                        }
                        h.append(">").append(segment).append("</span>");
                    }
                }
                prev = cut;
            }
            h.append(line > 0 ? "</span>" : "").append("</div></div>");
            index++;
        }
        h.append("</div>");
    }

    /**
     * Where each line of a text starts: offset 0 and every offset after a line feed, except the end of a
     * text that ends with one, which starts no line a reader sees.
     */
    static List<Integer> lineStarts(String text) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\n') {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** Quotes located as {@code path:line:col}, 1-based, as editors and compilers print them. */
    private static final class Locations {
        private final Map<String, Source> sources = new HashMap<>();
        private final Map<String, TextPosition> positions = new HashMap<>();

        Locations(List<Source> sources) {
            sources.forEach(s -> this.sources.put(s.id(), s));
        }

        String of(Evidence e) {
            Source s = sources.get(e.source());
            if (s == null) {
                return e.source() + ":@" + e.span().start();
            }
            TextPosition p = positions.computeIfAbsent(s.id(), k -> new TextPosition(s.text()));
            int at = e.span().start();
            return s.path() + ":" + p.line(at) + ":" + p.column(at);
        }
    }

    /** {@code s} on one line, cut to {@code max} characters with an ellipsis. */
    static String abbreviate(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
