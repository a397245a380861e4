package dev.recon.report;

import dev.recon.finding.Severity;
import java.util.Objects;

/**
 * How much of a report the formats for people show, and how: text, Markdown and GitHub annotations
 * follow these; JSON and SARIF are the machine contract and always hold every finding.
 *
 * @param minSeverity the least severe finding shown; the rest are counted, not listed
 * @param maxFindings the most findings listed, most severe first; {@link #UNLIMITED} for all
 * @param colour      whether the text format may use ANSI colours (only when it writes to a terminal)
 * @param fullReport  where a reader finds what a capped report leaves out, said in its closing note,
 *                    such as "the JSON report (--format json) lists them all"
 */
public record OutputOptions(Severity minSeverity, int maxFindings, boolean colour, String fullReport) {

    /** No cap on the number of findings listed. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** Where the full report is when the caller says nothing else. */
    public static final String JSON_HAS_ALL = "the JSON report (--format json) lists them all";

    public OutputOptions {
        Objects.requireNonNull(minSeverity, "minSeverity");
        Objects.requireNonNull(fullReport, "fullReport");
        if (maxFindings < 0) {
            throw new IllegalArgumentException("maxFindings must be 0 or more, got " + maxFindings);
        }
    }

    /** Every finding, no colour. */
    public static OutputOptions defaults() {
        return new OutputOptions(Severity.INFO, UNLIMITED, false, JSON_HAS_ALL);
    }

    public OutputOptions withMinSeverity(Severity s) {
        return new OutputOptions(s, maxFindings, colour, fullReport);
    }

    public OutputOptions withMaxFindings(int n) {
        return new OutputOptions(minSeverity, n, colour, fullReport);
    }

    public OutputOptions withColour(boolean c) {
        return new OutputOptions(minSeverity, maxFindings, c, fullReport);
    }

    public OutputOptions withFullReport(String where) {
        return new OutputOptions(minSeverity, maxFindings, colour, where);
    }
}
