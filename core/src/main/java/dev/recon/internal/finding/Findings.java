package dev.recon.internal.finding;

import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.Comparison;
import dev.recon.model.Claim;
import dev.recon.internal.text.Hashes;
import dev.recon.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Collects findings from the detectors: gives each a stable id, merges duplicates (the same kind over
 * the same quotes of the same sources keeps its highest severity; the same kind and severity over the
 * same claims whose quotes lie inside another's is that other), merges one discrepancy repeated between several
 * pairs of sources into one finding, and orders them deterministically.
 */
public final class Findings {

    /** Characters each side of a quote that order findings whose ids would otherwise be the same. */
    private static final int SURROUNDINGS = 200;
    /** Other pairs of sources a merged finding's message names; the rest it counts. */
    private static final int NAMED_REPEATS = 5;

    private final Map<String, Finding> byKey = new LinkedHashMap<>();
    /** Quoted spans by source and kind, ordered by start, so that {@link #covers} is a range look-up. */
    private final Map<String, Quoted> quoted = new HashMap<>();
    private final Map<String, String> sourceTexts;
    private final Comparison comparison;
    /** Keys of the findings refused, so that one found twice counts once. */
    private final Set<String> refused = new HashSet<>();
    /** For a {@linkplain #branch() branch}, the findings it was made from; null otherwise. */
    private final Findings parent;
    /** For a branch, what was added to it, in order, to be {@linkplain #merge merged} into its parent. */
    private final List<Added> added;

    private record Added(FindingKind kind, Severity severity, String message, List<Evidence> evidence, List<Claim> claims) {
    }

    /** @param sourceTexts original text of each source by id, to quote evidence from */
    public Findings(Map<String, String> sourceTexts) {
        this(sourceTexts, Comparison.allPairs());
    }

    /**
     * @param sourceTexts original text of each source by id, to quote evidence from
     * @param comparison  which sources are compared with which: a finding that quotes several sources
     *                    none of which are compared with each other is refused as it is added
     */
    public Findings(Map<String, String> sourceTexts, Comparison comparison) {
        this.sourceTexts = Map.copyOf(sourceTexts);
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.parent = null;
        this.added = null;
    }

    private Findings(Findings parent) {
        this.sourceTexts = parent.sourceTexts;
        this.comparison = parent.comparison;
        this.parent = parent;
        this.added = new ArrayList<>();
    }

    /**
     * Findings that start as these and collect what one detector adds, so that detectors independent
     * of each other can run at once: while branches are in use these findings must not change, and
     * {@link #merge merging} the branches afterwards, in the order the detectors would have run one after
     * another, gives exactly the findings that running them so would have given. A branch {@linkplain
     * #covers covers} what these findings cover and what was added to it.
     */
    public Findings branch() {
        return new Findings(this);
    }

    /**
     * Adds what was added to {@code branch}, in the order it was added.
     *
     * @throws IllegalArgumentException when {@code branch} is not a branch of these findings
     */
    public void merge(Findings branch) {
        if (branch.parent != this) {
            throw new IllegalArgumentException("not a branch of these findings");
        }
        for (Added a : branch.added) {
            add(a.kind(), a.severity(), a.message(), a.evidence(), a.claims());
        }
        branch.added.clear();
    }

    /** Evidence quoting {@code span} of the source that {@code claim} comes from. */
    public Evidence quote(Claim claim, Span span) {
        return quote(claim.sourceId(), span, claim.wordsId());
    }

    public Evidence quote(String source, Span span, String anchor) {
        String text = Objects.requireNonNull(sourceTexts.get(source), "unknown source " + source);
        return new Evidence(source, span, span.of(text), anchor);
    }

    /**
     * Adds a finding, unless it quotes only sources that are not compared with each other. Refused here
     * rather than after detection, so that what a refused finding quotes stays open to the detectors
     * that run later: a figure two non-reference sources dispute is still an unsupported claim when
     * the reference does not give it.
     */
    public void add(FindingKind kind, Severity severity, String message, List<Evidence> evidence, List<Claim> claims) {
        if (added != null) {
            added.add(new Added(kind, severity, message, List.copyOf(evidence), List.copyOf(claims)));
        }
        String key = kind.id() + "|" + evidence.stream()
                .map(e -> e.source() + ":" + e.anchor() + ":" + e.text())
                .sorted().collect(Collectors.joining("|"));
        if (!comparison.reports(evidence.stream().map(Evidence::source).toList())) {
            refused.add(key);
            return;
        }
        Finding existing = byKey.get(key);
        if (existing != null && existing.severity().compareTo(severity) >= 0) {
            return;
        }
        List<String> claimIds = claims.stream().map(Claim::id).distinct().toList();
        byKey.put(key, new Finding(key, kind, severity, message, evidence, claimIds));
        for (Evidence e : evidence) {
            quoted.computeIfAbsent(e.source() + "|" + kind.id(), k -> new Quoted()).add(e.span());
        }
    }

    /** How many findings were refused because they quote only sources not compared with each other. */
    public int refused() {
        return refused.size();
    }

    /** True when a finding of one of {@code kinds} already quotes {@code span} of {@code source}. */
    public boolean covers(String source, Span span, FindingKind... kinds) {
        if (parent != null && parent.covers(source, span, kinds)) {
            return true;
        }
        for (FindingKind k : kinds) {
            Quoted q = quoted.get(source + "|" + k.id());
            if (q != null && q.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Spans by start; a span overlapping [s, e) starts after s minus the longest span, and before e. */
    private static final class Quoted {
        private final TreeMap<Integer, List<Span>> byStart = new TreeMap<>();
        private int longest;

        void add(Span span) {
            byStart.computeIfAbsent(span.start(), k -> new ArrayList<>(1)).add(span);
            longest = Math.max(longest, span.length());
        }

        boolean overlaps(Span span) {
            int from = span.start() - longest;
            for (List<Span> spans : byStart.subMap(from, true, span.end(), false).values()) {
                for (Span x : spans) {
                    if (x.overlaps(span)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The findings with their final ids, in a fixed order: severity, then source order of the first
     * quote. An id is {@code KIND-HASH}, HASH hashed from the kind and, for each quote, its text and
     * its anchor (the words of the claim it sits in); no source name, path, order or position enters
     * it, so renaming a file or editing elsewhere leaves ids alone. Findings that would share an id are
     * one discrepancy between different pairs of sources (a mirror repeating an article, a pile of
     * files copying one paragraph): they become one finding that quotes every source, so a reader sees
     * it once and the report grows with the discrepancies, not with the pairs of sources.
     */
    public List<Finding> build(List<String> sourceOrder) {
        if (parent != null) {
            throw new IllegalStateException("a branch is merged into its parent, not built");
        }
        Map<String, Integer> order = new HashMap<>();
        sourceOrder.forEach(s -> order.put(s, order.size()));
        Map<String, List<Finding>> byBase = new TreeMap<>();
        for (Finding f : withoutNested(byKey.values())) {
            String base = f.kind().id() + "-" + Hashes.sha256(nameFreeKey(f)).substring(0, 10);
            byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        Map<String, String> sourceHashes = new HashMap<>();
        for (Map.Entry<String, List<Finding>> group : byBase.entrySet()) {
            List<Finding> same = group.getValue();
            if (same.size() == 1) {
                Finding f = same.get(0);
                out.add(new Finding(group.getKey(), f.kind(), f.severity(), f.message(), f.evidence(), f.claims()));
                continue;
            }
            // which repeat leads (and so words the message) depends on the texts, never on file names
            // each finding's surroundings hashed once, not at every comparison of the sort
            Map<Finding, String> around = new java.util.IdentityHashMap<>();
            same.forEach(f -> around.put(f, surroundings(f)));
            same.sort(Comparator.comparing((Finding f) -> around.get(f))
                    .thenComparing(f -> sourceContents(f, sourceHashes))
                    // reached only by sources whose texts are identical, where either order reads the same
                    .thenComparing(Finding::id));
            out.add(merged(group.getKey(), same, order));
        }
        out.sort(Comparator.comparing((Finding f) -> f.severity()).reversed()
                .thenComparing(f -> order.getOrDefault(f.evidence().get(0).source(), 0))
                .thenComparingInt(f -> f.evidence().get(0).span().start())
                .thenComparing(Finding::id));
        return out;
    }

    /**
     * The findings less those that repeat a wider one: two detectors that set the same claims against
     * each other ("founded in 1865" against "founded in 1871", and the bare "1865" against "1871") report
     * one discrepancy, which a reader should see once. A finding is dropped when another of its kind
     * and severity concerns the same claims (at least two: one pair of facts) and quotes the same
     * sources, each of its quotes lying inside one of the other's; the wider one stays, with its id,
     * words and quotes. Quotes that merely overlap, or claims that differ, stay apart: one sentence may
     * give two dates that two findings dispute. So do findings that judge differently: "the south of
     * the Gold Coast" against "the south of Ghana" is a minor finding about one territory under the
     * names of two periods, and a major one where only the two names are seen; merging them would
     * lose one judgement.
     */
    private static List<Finding> withoutNested(Collection<Finding> all) {
        Map<String, List<Finding>> byClaims = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            Set<String> claims = new TreeSet<>(f.claims());
            if (claims.size() < 2) {
                out.add(f);
            } else {
                byClaims.computeIfAbsent(f.kind().id() + "|" + String.join("|", claims), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Finding> same : byClaims.values()) {
            // widest first, so that a finding meets every finding that could hold it before it is kept;
            // the key (f.id() until build renames it) settles quotes of equal length
            same.sort(Comparator.comparingInt((Finding f) -> -quotedLength(f)).thenComparing(Finding::id));
            List<Finding> kept = new ArrayList<>();
            for (Finding f : same) {
                if (kept.stream().noneMatch(k -> holds(k, f))) {
                    kept.add(f);
                }
            }
            out.addAll(kept);
        }
        return out;
    }

    private static int quotedLength(Finding f) {
        return f.evidence().stream().mapToInt(e -> e.span().length()).sum();
    }

    /**
     * True when {@code wide} has the severity of {@code narrow}, quotes the sources narrow quotes, and
     * each quote of narrow lies in one of wide's.
     */
    private static boolean holds(Finding wide, Finding narrow) {
        if (wide.severity() != narrow.severity()) {
            return false;
        }
        Set<String> wideSources = new TreeSet<>();
        wide.evidence().forEach(e -> wideSources.add(e.source()));
        Set<String> narrowSources = new TreeSet<>();
        narrow.evidence().forEach(e -> narrowSources.add(e.source()));
        return wideSources.equals(narrowSources) && narrow.evidence().stream().allMatch(n -> wide.evidence().stream()
                .anyMatch(w -> w.source().equals(n.source()) && w.span().contains(n.span())));
    }

    /**
     * One finding for a discrepancy repeated between several pairs of sources: the leading finding's
     * quotes first, then every other source's, each quote once; the highest severity; and a message
     * that says between which other sources it recurs.
     */
    private static Finding merged(String id, List<Finding> same, Map<String, Integer> order) {
        Finding lead = same.get(0);
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        lead.evidence().forEach(e -> evidence.putIfAbsent(e.source() + "|" + e.span(), e));
        List<Evidence> others = new ArrayList<>();
        LinkedHashSet<String> claims = new LinkedHashSet<>(lead.claims());
        Severity severity = lead.severity();
        Set<String> leadSources = new TreeSet<>();
        lead.evidence().forEach(e -> leadSources.add(e.source()));
        Set<String> repeats = new LinkedHashSet<>();
        for (Finding f : same.subList(1, same.size())) {
            f.evidence().forEach(e -> {
                if (!evidence.containsKey(e.source() + "|" + e.span())) {
                    others.add(e);
                }
            });
            claims.addAll(f.claims());
            severity = f.severity().compareTo(severity) > 0 ? f.severity() : severity;
            List<String> pair = f.evidence().stream().map(Evidence::source).distinct()
                    .sorted(Comparator.comparingInt((String s) -> order.getOrDefault(s, 0)).thenComparing(s -> s)).toList();
            if (!new TreeSet<>(pair).equals(leadSources)) {
                repeats.add(String.join(" and ", pair));
            }
        }
        others.sort(Comparator.comparingInt((Evidence e) -> order.getOrDefault(e.source(), 0))
                .thenComparing(Evidence::source).thenComparing(Evidence::span));
        others.forEach(e -> evidence.putIfAbsent(e.source() + "|" + e.span(), e));
        String message = lead.message();
        if (!repeats.isEmpty()) {
            List<String> named = repeats.stream().limit(NAMED_REPEATS).toList();
            message += String.format(Locale.ROOT, " The same in %s%s.", String.join("; ", named),
                    repeats.size() > named.size() ? String.format(Locale.ROOT, "; and %,d more", repeats.size() - named.size()) : "");
        }
        return new Finding(id, lead.kind(), severity, message, List.copyOf(evidence.values()), List.copyOf(claims));
    }

    /** What a finding's id is hashed from: the kind and each quote's anchor and text, no source names. */
    private static String nameFreeKey(Finding f) {
        return f.kind().id() + "|" + f.evidence().stream()
                .map(e -> e.anchor() + ":" + e.text())
                .sorted().collect(Collectors.joining("|"));
    }

    /**
     * The text around each quote, sorted: it tells apart findings whose quotes read the same, and an
     * edit further away than {@link #SURROUNDINGS} leaves it alone.
     */
    private String surroundings(Finding f) {
        return f.evidence().stream().map(e -> {
            String text = sourceTexts.get(e.source());
            int from = Math.max(0, e.span().start() - SURROUNDINGS);
            int to = Math.min(text.length(), e.span().end() + SURROUNDINGS);
            return Hashes.sha256(text.substring(from, to));
        }).sorted().collect(Collectors.joining("|"));
    }

    /** The contents of the sources a finding quotes, as hashes, sorted. */
    private String sourceContents(Finding f, Map<String, String> hashes) {
        return f.evidence().stream()
                .map(e -> hashes.computeIfAbsent(e.source(), s -> Hashes.sha256(sourceTexts.get(s))))
                .sorted().collect(Collectors.joining("|"));
    }
}
