package dev.recon.finding;

import java.util.Map;
import java.util.Objects;

/**
 * The documentation of one finding kind, as data: what it means, how to act on it, and an example that
 * the build runs as a test.
 *
 * @param kind             the finding kind
 * @param name             a PascalCase name, as SARIF tools show it
 * @param defaultSeverity  the severity it usually has
 * @param shortDescription one sentence
 * @param fullDescription  a paragraph
 * @param help             what to do about it
 * @param exampleSources   source id to text, for the example
 * @param exampleQuote     text a finding of this kind must quote when the example is reconciled
 */
public record Rule(FindingKind kind, String name, Severity defaultSeverity, String shortDescription,
                   String fullDescription, String help, Map<String, String> exampleSources, String exampleQuote) {

    public Rule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(shortDescription, "shortDescription");
        Objects.requireNonNull(fullDescription, "fullDescription");
        Objects.requireNonNull(help, "help");
        exampleSources = Map.copyOf(exampleSources);
        Objects.requireNonNull(exampleQuote, "exampleQuote");
    }
}
