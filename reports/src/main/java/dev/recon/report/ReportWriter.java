package dev.recon.report;

import dev.recon.Report;
import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {

    void write(Report report, Writer out) throws IOException;
}
