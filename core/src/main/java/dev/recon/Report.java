package dev.recon;

import dev.recon.model.Alignment;
import dev.recon.model.Claim;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.model.SetAside;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.model.TimelineEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The result of a reconciliation: the sources, every claim read from them, how the claims align, the
 * findings, the consensus timeline of dated facts, what of each source was set aside unread
 * (headings, page furniture, reference lists), notices on how the input was read or the output
 * bounded, which sources were compared with which, and, for a report that joins several separate
 * reconciliations ({@link #grouped}), which group each source belongs to. Immutable. Renderers in
 * {@code recon-reports} turn it into JSON, Markdown and more.
 */
public record Report(String toolVersion, List<Source> sources, List<Claim> claims, List<Alignment> alignments,
                     List<Finding> findings, List<TimelineEntry> timeline, List<SetAside> setAside,
                     List<Notice> notices, Comparison comparison, List<SourceGroup> groups) {

    /** Finding ids: {@code KIND-HASH}, and {@code -N} when the same discrepancy occurs more than once. */
    private static final Pattern FINDING_ID = Pattern.compile("(.*-[0-9a-f]{10})(?:-(\\d+))?");

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        alignments = List.copyOf(alignments);
        findings = List.copyOf(findings);
        timeline = List.copyOf(timeline);
        setAside = List.copyOf(setAside);
        notices = List.copyOf(notices);
        Objects.requireNonNull(comparison, "comparison");
        groups = List.copyOf(groups);
    }

    /** A report that does not say what was set aside nor give notices, as built by hand in tests and examples. */
    public Report(String toolVersion, List<Source> sources, List<Claim> claims, List<Alignment> alignments,
                  List<Finding> findings, List<TimelineEntry> timeline) {
        this(toolVersion, sources, claims, alignments, findings, timeline, List.of(), List.of(),
                Comparison.allPairs(), List.of());
    }

    /**
     * One report of several separate reconciliations, one per group (as recon compare --group-by-folder
     * makes, one per folder): nothing of one group is compared with anything of another. Sources,
     * claims, alignments, findings and timeline are each group's in turn. A finding id that an earlier
     * group already uses (the same discrepancy in two groups) gets the next free {@code -N}, so ids stay
     * unique in the report.
     *
     * @param byGroup each group's name and report, in the order to list them
     * @throws IllegalArgumentException when there is no group, or two groups share a source id
     */
    public static Report grouped(Map<String, Report> byGroup) {
        if (byGroup.isEmpty()) {
            throw new IllegalArgumentException("no group to report");
        }
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Alignment> alignments = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<SourceGroup> groups = new ArrayList<>();
        Set<String> sourceIds = new HashSet<>();
        Set<String> findingIds = new HashSet<>();
        String version = null;
        for (Map.Entry<String, Report> e : byGroup.entrySet()) {
            Report r = e.getValue();
            version = version == null ? r.toolVersion() : version;
            for (Source s : r.sources()) {
                if (!sourceIds.add(s.id())) {
                    throw new IllegalArgumentException("two groups share the source id '" + s.id() + "'");
                }
            }
            groups.add(new SourceGroup(e.getKey(), r.sources().stream().map(Source::id).toList()));
            sources.addAll(r.sources());
            claims.addAll(r.claims());
            alignments.addAll(r.alignments());
            for (Finding f : r.findings()) {
                String id = f.id();
                if (!findingIds.add(id)) {
                    Matcher m = FINDING_ID.matcher(id);
                    String base = m.matches() ? m.group(1) : id;
                    int n = 2;
                    while (!findingIds.add(base + "-" + n)) {
                        n++;
                    }
                    id = base + "-" + n;
                }
                findings.add(new Finding(id, f.kind(), f.severity(), f.message(), f.evidence(), f.claims()));
            }
            timeline.addAll(r.timeline());
            setAside.addAll(r.setAside());
            notices.addAll(r.notices());
        }
        return new Report(version, sources, claims, alignments, findings, timeline, setAside, notices,
                Comparison.allPairs(), groups);
    }

    /** The group source {@code id} belongs to, in a {@linkplain #grouped grouped} report. */
    public Optional<String> groupOf(String id) {
        return groups.stream().filter(g -> g.sources().contains(id)).map(SourceGroup::name).findFirst();
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

    /**
     * Sources reconciled together, separately from the other groups of a report.
     *
     * @param name    the group's name, such as the folder its files are in
     * @param sources ids of its sources
     */
    public record SourceGroup(String name, List<String> sources) {
        public SourceGroup {
            Objects.requireNonNull(name, "name");
            sources = List.copyOf(sources);
        }
    }
}
