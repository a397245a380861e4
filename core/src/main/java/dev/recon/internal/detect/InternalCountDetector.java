package dev.recon.internal.detect;

import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.model.Token;
import dev.recon.model.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One source counting the same thing differently in two places: "200 pilots served" in one paragraph
 * and "300 pilots served" in another. Figures are indexed by unit; two figures of one unit conflict when
 * the claims around them say the same thing in most of the same words.
 */
public final class InternalCountDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.INTERNAL_INCONSISTENCY);
    }

    /** Share of content words two claims must have in common to be about the same fact. */
    private static final double SAME_FACT = 0.5;
    /** Figures each figure is compared with, by most content words shared; more are repeats or other facts. */
    private static final int MAX_CANDIDATES = 16;

    private record Counted(Claim claim, Quantity quantity) {
    }

    @Override
    public void detect(CheckContext ctx) {
        Findings out = ctx.findings();
        for (AnalyzedSource s : ctx.sources()) {
            Map<String, List<Counted>> byUnit = new LinkedHashMap<>();
            for (Claim c : s.claims()) {
                for (Quantity q : c.quantities()) {
                    if (!q.unit().isEmpty()) {
                        byUnit.computeIfAbsent(q.unit(), k -> new ArrayList<>()).add(new Counted(c, q));
                    }
                }
            }
            for (List<Counted> group : byUnit.values()) {
                compareWithin(ctx, s.id(), distinct(group));
            }
        }
    }

    /**
     * One of each figure stated in the same words: a source that repeats a sentence states its figure
     * once more, not a second figure.
     */
    private static List<Counted> distinct(List<Counted> group) {
        Map<String, Counted> first = new LinkedHashMap<>();
        for (Counted c : group) {
            first.putIfAbsent(c.quantity().text() + "|" + c.claim().text(), c);
        }
        return new ArrayList<>(first.values());
    }

    /**
     * Pairs figures of one unit whose claims share content words, found through an index of those
     * words (each figure against at most {@link #MAX_CANDIDATES} others, the ones sharing most).
     */
    private static void compareWithin(CheckContext ctx, String sourceId, List<Counted> group) {
        Findings out = ctx.findings();
        List<Set<String>> words = group.stream().map(c -> words(c.claim(), ctx)).toList();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            for (String w : words.get(i)) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < group.size(); i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : words.get(i)) {
                for (int j : postings.get(w)) {
                    if (j > i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            List<Integer> candidates = shared.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_CANDIDATES).map(Map.Entry::getKey).sorted().toList();
            for (int j : candidates) {
                Counted x = group.get(i);
                Counted y = group.get(j);
                if (x.claim() == y.claim() || x.quantity().agreesWith(y.quantity())
                        || jaccard(words.get(i), words.get(j)) < SAME_FACT) {
                    continue;
                }
                String message = String.format(Locale.ROOT, "%s counts this both \"%s\" and \"%s\".",
                        sourceId, x.quantity().text(), y.quantity().text());
                out.add(FindingKind.INTERNAL_INCONSISTENCY, Severity.MAJOR, message,
                        List.of(out.quote(x.claim(), x.quantity().span()), out.quote(y.claim(), y.quantity().span())),
                        List.of(x.claim(), y.claim()));
            }
        }
    }

    /** Jaccard similarity of two claims' content lemmas, figures left out. */
    private static double jaccard(Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return (double) inter.size() / union.size();
    }

    private static Set<String> words(Claim c, CheckContext ctx) {
        Set<String> out = new HashSet<>();
        for (Token t : c.tokens()) {
            if (t.isContent() && !t.pos().equals("NUM") && !ctx.lexicon().isStopword(t.lemma())) {
                out.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
