package dev.recon.report;

import dev.recon.Report;
import dev.recon.triage.TriagedReport;
import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {

    /** Renders a report with its baseline and suppression decisions. */
    void write(TriagedReport report, Writer out) throws IOException;

    /** Renders a report with no baseline and no suppressions. */
    default void write(Report report, Writer out) throws IOException {
        write(TriagedReport.of(report), out);
    }
}
