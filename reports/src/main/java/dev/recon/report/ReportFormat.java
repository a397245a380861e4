package dev.recon.report;

import java.util.Locale;

/** The formats recon renders reports in. */
public enum ReportFormat {
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
        return switch (this) {
            case JSON -> new JsonReportWriter();
            case MARKDOWN -> new MarkdownReportWriter();
            case HTML -> new HtmlReportWriter();
            case SARIF -> new SarifReportWriter();
            case GITHUB -> new GithubAnnotationsWriter();
        };
    }

    public static ReportFormat parse(String s) {
        for (ReportFormat f : values()) {
            if (f.id.equals(s.toLowerCase(Locale.ROOT)) || f.name().equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (expected one of md, json, html, sarif, github)");
    }
}
