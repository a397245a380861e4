package dev.recon.report;

import java.util.Locale;

/** The formats recon renders reports in. */
public enum ReportFormat {
    TEXT("text"),
    JSON("json"),
    MARKDOWN("md"),
    HTML("html"),
    SARIF("sarif"),
    GITHUB("github");

    private final String id;

    ReportFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line: {@code json}, {@code md}. */
    public String id() {
        return id;
    }

    public ReportWriter writer() {
        return writer(OutputOptions.defaults());
    }

    /**
     * A writer that follows {@code options}. Text, Markdown and GitHub annotations do; JSON and SARIF are
     * the complete machine contract and ignore them; HTML shows every finding and filters them on the page.
     */
    public ReportWriter writer(OutputOptions options) {
        return switch (this) {
            case TEXT -> new TextReportWriter(options);
            case JSON -> new JsonReportWriter();
            case MARKDOWN -> new MarkdownReportWriter(options);
            case HTML -> new HtmlReportWriter();
            case SARIF -> new SarifReportWriter();
            case GITHUB -> new GithubAnnotationsWriter(options);
        };
    }

    /** Whether {@link OutputOptions} change what this format shows. */
    public boolean followsOutputOptions() {
        return this == TEXT || this == MARKDOWN || this == GITHUB;
    }

    public static ReportFormat parse(String s) {
        for (ReportFormat f : values()) {
            if (f.id.equals(s.toLowerCase(Locale.ROOT)) || f.name().equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (expected one of text, md, json, html, sarif, github)");
    }
}
