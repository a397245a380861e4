package dev.recon.finding;

import dev.recon.claim.Claim;
import dev.recon.text.Hashes;
import dev.recon.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Collects findings from the detectors: gives each a stable id, merges duplicates (the same kind over
 * the same quotes keeps its highest severity) and orders them deterministically.
 */
public final class Findings {

    private final Map<String, Finding> byKey = new LinkedHashMap<>();
    /** Quoted spans by source and kind, ordered by start, so that {@link #covers} is a range look-up. */
    private final Map<String, Quoted> quoted = new HashMap<>();
    private final Map<String, String> sourceTexts;

    /** @param sourceTexts original text of each source by id, to quote evidence from */
    public Findings(Map<String, String> sourceTexts) {
        this.sourceTexts = Map.copyOf(sourceTexts);
    }

    /** Evidence quoting {@code span} of the source that {@code claim} comes from. */
    public Evidence quote(Claim claim, Span span) {
        return quote(claim.sourceId(), span, claim.id());
    }

    public Evidence quote(String source, Span span, String anchor) {
        String text = Objects.requireNonNull(sourceTexts.get(source), "unknown source " + source);
        return new Evidence(source, span, span.of(text), anchor);
    }

    public void add(FindingKind kind, Severity severity, String message, List<Evidence> evidence, List<Claim> claims) {
        String key = kind.id() + "|" + evidence.stream()
                .map(e -> e.source() + ":" + e.anchor() + ":" + e.text())
                .sorted().collect(Collectors.joining("|"));
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

    /** True when a finding of one of {@code kinds} already quotes {@code span} of {@code source}. */
    public boolean covers(String source, Span span, FindingKind... kinds) {
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
     * The findings with their final ids ({@code KIND-HASH}, hashed from the kind and the quotes'
     * anchors and texts), in a fixed order: severity, then source order of the first quote.
     */
    public List<Finding> build(List<String> sourceOrder) {
        Map<String, Integer> order = new HashMap<>();
        sourceOrder.forEach(s -> order.put(s, order.size()));
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Map.Entry<String, Finding>> entries = new ArrayList<>(byKey.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, Finding> e : entries) {
            Finding f = e.getValue();
            String base = f.kind().id() + "-" + Hashes.sha256(e.getKey()).substring(0, 10);
            int n = seen.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            out.add(new Finding(id, f.kind(), f.severity(), f.message(), f.evidence(), f.claims()));
        }
        out.sort(Comparator.comparing((Finding f) -> f.severity()).reversed()
                .thenComparing(f -> order.getOrDefault(f.evidence().get(0).source(), 0))
                .thenComparingInt(f -> f.evidence().get(0).span().start())
                .thenComparing(Finding::id));
        return out;
    }
}
