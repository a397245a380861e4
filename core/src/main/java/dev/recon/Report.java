package dev.recon;

import dev.recon.align.Alignment;
import dev.recon.claim.Claim;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.layout.SetAside;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.timeline.TimelineEntry;
import java.util.List;
import java.util.Objects;

/**
 * The result of a reconciliation: the sources, every claim read from them, how the claims align, the
 * findings, the consensus timeline of dated facts, what of each source was set aside unread
 * (headings, page furniture, reference lists), and notices on how the input was read or the output
 * bounded. Immutable. Renderers in {@code recon-reports} turn it into JSON, Markdown and more.
 */
public record Report(String toolVersion, List<Source> sources, List<Claim> claims, List<Alignment> alignments,
                     List<Finding> findings, List<TimelineEntry> timeline, List<SetAside> setAside,
                     List<Notice> notices) {

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        alignments = List.copyOf(alignments);
        findings = List.copyOf(findings);
        timeline = List.copyOf(timeline);
        setAside = List.copyOf(setAside);
        notices = List.copyOf(notices);
    }

    /** A report that does not say what was set aside nor give notices, as built by hand in tests and examples. */
    public Report(String toolVersion, List<Source> sources, List<Claim> claims, List<Alignment> alignments,
                  List<Finding> findings, List<TimelineEntry> timeline) {
        this(toolVersion, sources, claims, alignments, findings, timeline, List.of(), List.of());
    }

    /** What of source {@code id} was not read for claims, by kind. */
    public List<SetAside> setAside(String id) {
        return setAside.stream().filter(s -> s.source().equals(id)).toList();
    }

    /** Findings at or above {@code severity}. */
    public List<Finding> findingsAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().compareTo(severity) >= 0).toList();
    }

    public Source source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + id));
    }
}
