package dev.recon.detect;

import dev.recon.claim.AnalyzedSource;
import dev.recon.claim.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.nlp.Token;
import dev.recon.quantity.Quantity;
import java.util.ArrayList;
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
public final class InternalCountDetector implements Detector {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.INTERNAL_INCONSISTENCY);
    }

    /** Share of content words two claims must have in common to be about the same fact. */
    private static final double SAME_FACT = 0.5;

    private record Counted(Claim claim, Quantity quantity) {
    }

    @Override
    public void detect(DetectionContext ctx) {
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
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        Counted x = group.get(i);
                        Counted y = group.get(j);
                        if (x.claim() == y.claim() || x.quantity().agreesWith(y.quantity())
                                || similarity(x.claim(), y.claim(), ctx) < SAME_FACT) {
                            continue;
                        }
                        String message = String.format(Locale.ROOT, "%s counts this both \"%s\" and \"%s\".",
                                s.id(), x.quantity().text(), y.quantity().text());
                        out.add(FindingKind.INTERNAL_INCONSISTENCY, Severity.MAJOR, message,
                                List.of(out.quote(x.claim(), x.quantity().span()), out.quote(y.claim(), y.quantity().span())),
                                List.of(x.claim(), y.claim()));
                    }
                }
            }
        }
    }

    /** Jaccard similarity of the claims' content lemmas, figures left out. */
    private static double similarity(Claim a, Claim b, DetectionContext ctx) {
        Set<String> wa = words(a, ctx);
        Set<String> wb = words(b, ctx);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return (double) inter.size() / union.size();
    }

    private static Set<String> words(Claim c, DetectionContext ctx) {
        Set<String> out = new HashSet<>();
        for (Token t : c.tokens()) {
            if (t.isContent() && !t.pos().equals("NUM") && !ctx.lexicon().isStopword(t.lemma())) {
                out.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
