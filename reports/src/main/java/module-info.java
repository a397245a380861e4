/**
 * Renderers of recon's reports: JSON (the contract), Markdown, HTML, SARIF and GitHub annotations.
 * Start with {@link dev.recon.report.ReportFormat}.
 */
module dev.recon.reports {
    requires transitive dev.recon.core;
    requires com.fasterxml.jackson.databind;

    exports dev.recon.report;
}
