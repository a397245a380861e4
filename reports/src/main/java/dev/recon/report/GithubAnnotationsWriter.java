package dev.recon.report;

import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.triage.TriagedReport;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), one per finding that
 * counts, so that a workflow step shows recon's findings on the changed files. Baselined and suppressed
 * findings are left out.
 */
public final class GithubAnnotationsWriter implements ReportWriter {

    @Override
    public void write(TriagedReport triaged, Writer out) throws IOException {
        Report report = triaged.report();
        Map<String, Source> sources = new HashMap<>();
        Map<String, TextPosition> positions = new HashMap<>();
        for (Source s : report.sources()) {
            sources.put(s.id(), s);
            positions.put(s.id(), new TextPosition(s.text()));
        }
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            if (!triaged.disposition(f).counts()) {
                continue;
            }
            Evidence e = f.evidence().get(0);
            TextPosition p = positions.get(e.source());
            String command = switch (f.severity()) {
                case MAJOR -> "error";
                case MINOR -> "warning";
                case INFO -> "notice";
            };
            sb.append("::").append(command)
                    .append(" file=").append(property(SarifReportWriter.uri(sources.get(e.source()).path())))
                    .append(",line=").append(p.line(e.span().start()))
                    .append(",col=").append(p.column(e.span().start()))
                    .append(",endLine=").append(p.line(e.span().end()))
                    .append(",endColumn=").append(p.column(e.span().end()))
                    .append(",title=").append(property("recon " + f.kind().id()))
                    .append("::").append(data(f.message() + " [" + f.id() + "]")).append('\n');
        }
        for (Notice n : report.notices()) {
            Source s = sources.get(n.source());
            sb.append("::notice ");
            if (s != null) {
                sb.append("file=").append(property(SarifReportWriter.uri(s.path()))).append(',');
            }
            sb.append("title=").append(property("recon input")).append("::").append(data(n.message())).append('\n');
        }
        out.write(sb.toString());
        out.flush();
    }

    /** Escapes a message as the workflow-command syntax requires. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value, which may not contain ':' or ',' either. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
