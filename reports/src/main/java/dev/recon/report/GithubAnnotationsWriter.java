package dev.recon.report;

import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.triage.TriagedReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), so that a workflow step
 * shows recon's findings on the changed files. Baselined and suppressed findings are left out.
 *
 * <p>GitHub shows at most {@value #SHOWN_PER_LEVEL} annotations of each level (error, warning, notice)
 * per step and drops the rest unseen, so this writes the most severe findings first, at most that many
 * per level, and ends with one notice saying how many more there are and where the full report is
 * ({@link OutputOptions#fullReport()}). The notes on the input come first among the notices. Lines and
 * columns are 1-based, columns in UTF-16 code units as SARIF's.
 */
public final class GithubAnnotationsWriter implements ReportWriter {

    /** GitHub displays this many annotations of each level per step, and no more. */
    public static final int SHOWN_PER_LEVEL = 10;

    private final OutputOptions options;
    private final Path baseDir;
    private final Path cwd;

    public GithubAnnotationsWriter() {
        this(OutputOptions.defaults());
    }

    /** Files named relative to the git top level of the working directory, as GitHub reads them. */
    public GithubAnnotationsWriter(OutputOptions options) {
        this(options, SarifUris.defaultBaseDir(Path.of("")));
    }

    /**
     * Files named relative to {@code baseDir}, the repository root: GitHub maps an annotation's file to the
     * repository by that path, so it never starts with {@code ../}.
     */
    public GithubAnnotationsWriter(OutputOptions options, Path baseDir) {
        this.options = java.util.Objects.requireNonNull(options, "options");
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.cwd = Path.of("").toAbsolutePath();
    }

    @Override
    public void write(TriagedReport triaged, Writer out) throws IOException {
        Report report = triaged.report();
        Map<String, Source> sources = new HashMap<>();
        Map<String, TextPosition> positions = new HashMap<>();
        for (Source s : report.sources()) {
            sources.put(s.id(), s);
            positions.put(s.id(), new TextPosition(s.text()));
        }
        List<Finding> counting = report.findings().stream().filter(f -> triaged.disposition(f).counts()).toList();
        FindingSelection sel = FindingSelection.of(counting, options);
        Map<Severity, Integer> room = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            room.put(s, SHOWN_PER_LEVEL);
        }
        int notices = report.notices().size();
        int infos = (int) sel.shown().stream().filter(f -> f.severity() == Severity.INFO).count();
        boolean leftOut = sel.leftOut() > 0 || notices + infos > SHOWN_PER_LEVEL
                || sel.shown().stream().filter(f -> f.severity() == Severity.MAJOR).count() > SHOWN_PER_LEVEL
                || sel.shown().stream().filter(f -> f.severity() == Severity.MINOR).count() > SHOWN_PER_LEVEL;
        if (leftOut) {
            // the closing notice must itself be one GitHub shows
            room.put(Severity.INFO, SHOWN_PER_LEVEL - 1);
        }
        StringBuilder sb = new StringBuilder();
        List<Notice> notesLeft = new ArrayList<>();
        for (Notice n : report.notices()) {
            if (room.get(Severity.INFO) == 0) {
                notesLeft.add(n);
                continue;
            }
            room.merge(Severity.INFO, -1, Integer::sum);
            Source s = sources.get(n.source());
            sb.append("::notice ");
            if (s != null) {
                sb.append("file=").append(property(SarifUris.repositoryPath(s.path(), baseDir, cwd))).append(',');
            }
            sb.append("title=").append(property("recon input")).append("::").append(data(n.message())).append('\n');
        }
        int notAnnotated = sel.leftOut();
        for (Finding f : sel.shown()) {
            if (room.get(f.severity()) == 0) {
                notAnnotated++;
                continue;
            }
            room.merge(f.severity(), -1, Integer::sum);
            Evidence e = f.evidence().get(0);
            TextPosition p = positions.get(e.source());
            String command = switch (f.severity()) {
                case MAJOR -> "error";
                case MINOR -> "warning";
                case INFO -> "notice";
            };
            sb.append("::").append(command)
                    .append(" file=").append(property(SarifUris.repositoryPath(sources.get(e.source()).path(), baseDir, cwd)))
                    .append(",line=").append(p.line(e.span().start()))
                    .append(",col=").append(p.column(e.span().start()))
                    .append(",endLine=").append(p.line(e.span().end()))
                    .append(",endColumn=").append(p.column(e.span().end()))
                    .append(",title=").append(property("recon " + f.kind().id()))
                    .append("::").append(data(f.message() + " [" + f.id() + "]")).append('\n');
        }
        if (leftOut) {
            List<String> parts = new ArrayList<>();
            if (notAnnotated > 0) {
                parts.add(String.format(Locale.ROOT, "%d more %s not annotated", notAnnotated,
                        notAnnotated == 1 ? "finding is" : "findings are"));
            }
            if (!notesLeft.isEmpty()) {
                parts.add(String.format(Locale.ROOT, "%d more %s on the input", notesLeft.size(),
                        notesLeft.size() == 1 ? "note" : "notes"));
            }
            String why = sel.belowMinimum() > 0 ? " (" + sel.belowMinimum() + " below " + options.minSeverity().id()
                    + "; GitHub shows " + SHOWN_PER_LEVEL + " annotations of each level)"
                    : " (GitHub shows " + SHOWN_PER_LEVEL + " annotations of each level)";
            sb.append("::notice title=").append(property("recon: more findings")).append("::")
                    .append(data(String.join(", ", parts) + why + "; " + options.fullReport() + "."))
                    .append('\n');
        }
        out.write(sb.toString());
        out.flush();
    }

    /** GitHub refuses a job step's summary larger than this many bytes (1 MiB). */
    public static final int STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
    /**
     * The summary's limit in the Markdown writer's unit, UTF-16 code units: one takes at most three bytes
     * in UTF-8 (a surrogate pair four, for two units), so this many always fit.
     */
    private static final int STEP_SUMMARY_LIMIT_CHARS = STEP_SUMMARY_LIMIT_BYTES / 3;

    /**
     * The Markdown summary of a job step ({@code GITHUB_STEP_SUMMARY}): the Markdown report under the same
     * options but with no cap on the number of findings, since it is where the annotations send a reader
     * for the rest. It is held to the summary's own limit, not the far smaller one of a comment.
     */
    public void writeStepSummary(TriagedReport triaged, Writer out) throws IOException {
        // the annotations point here for the rest; the summary points at the JSON report, not at itself
        new MarkdownReportWriter(options.withMaxFindings(OutputOptions.UNLIMITED).withFullReport(OutputOptions.JSON_HAS_ALL),
                STEP_SUMMARY_LIMIT_CHARS, "GitHub's 1 MiB limit for a step summary").write(triaged, out);
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
