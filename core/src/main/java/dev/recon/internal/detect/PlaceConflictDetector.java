package dev.recon.internal.detect;

import dev.recon.Thresholds;
import dev.recon.model.Claim;
import dev.recon.internal.fact.PlaceFact;
import dev.recon.internal.fact.PlaceFactExtractor;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityRelation;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.name.NameMatcher;
import dev.recon.internal.name.NameRelation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Relative places that disagree across sources, matched by what they place:
 * <ul>
 *   <li>one thing placed in opposite or crossing directions from one anchor ("north of Kiev" against
 *       "south of Kiev"), a major {@code entity-mismatch};</li>
 *   <li>one thing placed in the same direction within a territory that the sources name by the names
 *       of two different periods ("in the north of Ukraine" against "in the north of the Ukrainian SSR",
 *       when the knowledge base knows the one succeeded the other), a minor one.</li>
 * </ul>
 * Neighbouring compass points agree ("southwest" and "south"): only directions at least
 * {@link Thresholds#crossingBearing()} apart conflict. Facts are indexed by what they place, so no
 * step compares every fact with every other.
 */
public final class PlaceConflictDetector implements Check {

    private final PlaceFactExtractor extractor;
    private final NameMatcher names;

    public PlaceConflictDetector(PlaceFactExtractor extractor, NameMatcher names) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.names = Objects.requireNonNull(names, "names");
    }

    @Override
    public Set<FindingKind> produces() {
        return Set.of(FindingKind.ENTITY_MISMATCH);
    }

    /** Runs after the anachronism checks, so a name of the wrong period is reported once. */
    @Override
    public Set<FindingKind> consumes() {
        return Set.of(FindingKind.ANACHRONISM);
    }

    @Override
    public void detect(CheckContext ctx) {
        // candidates share the folded name of what they place or of their anchor; names spelt two ways
        // ("Marrakech", "Marrakesh") still meet through the other key
        Map<String, List<PlaceFact>> byLocated = new TreeMap<>();
        Map<String, List<PlaceFact>> byAnchor = new TreeMap<>();
        for (Claim c : ctx.allClaims()) {
            for (PlaceFact f : extractor.extract(c)) {
                if (!f.located().isEmpty()) {
                    byLocated.computeIfAbsent(f.located(), k -> new ArrayList<>()).add(f);
                    byAnchor.computeIfAbsent(f.anchorKey(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (Map<String, List<PlaceFact>> index : List.of(byLocated, byAnchor)) {
            for (List<PlaceFact> facts : index.values()) {
                for (int i = 0; i < facts.size(); i++) {
                    for (int j = i + 1; j < facts.size(); j++) {
                        compare(ctx, facts.get(i), facts.get(j), done);
                    }
                }
            }
        }
    }

    private void compare(CheckContext ctx, PlaceFact a, PlaceFact b, Set<String> done) {
        if (a.sourceId().equals(b.sourceId()) || !sameName(a.located(), b.located())) {
            return;
        }
        Findings out = ctx.findings();
        double crossing = ctx.thresholds().crossingBearing();
        boolean sameAnchor = a.anchorKey().equals(b.anchorKey()) || sameName(a.anchor(), b.anchor());
        if (sameAnchor && a.inside() == b.inside() && a.angleTo(b) >= crossing && done.add(key(a, b))) {
            Evidence ea = out.quote(a.claim(), a.span());
            Evidence eb = out.quote(b.claim(), b.span());
            out.add(FindingKind.ENTITY_MISMATCH, Severity.MAJOR, String.format(Locale.ROOT,
                    "%s places \"%s\" %s where %s places it %s.", a.sourceId(), a.located(), quoted(ea),
                    b.sourceId(), quoted(eb)), List.of(ea, eb), List.of(a.claim(), b.claim()));
        } else if (!sameAnchor && a.inside() && b.inside() && a.angleTo(b) < crossing && succeeded(ctx.kb(), a, b)
                && !bothQuotedAsAnachronism(out, a, b) && done.add(key(a, b))) {
            Evidence ea = out.quote(a.claim(), a.span());
            Evidence eb = out.quote(b.claim(), b.span());
            out.add(FindingKind.ENTITY_MISMATCH, Severity.MINOR, String.format(Locale.ROOT,
                    "%s places \"%s\" %s where %s says %s: one territory under the names of two periods.",
                    a.sourceId(), a.located(), quoted(ea), b.sourceId(), quoted(eb)), List.of(ea, eb),
                    List.of(a.claim(), b.claim()));
        }
    }

    /**
     * "in the north of Ukraine" against "in the north of the Ukrainian SSR" in a claim about 1986: an
     * anachronism finding already quotes the two names against each other, and a third finding about
     * the same two words would only repeat it.
     */
    private static boolean bothQuotedAsAnachronism(Findings out, PlaceFact a, PlaceFact b) {
        return out.covers(a.sourceId(), a.span(), FindingKind.ANACHRONISM)
                && out.covers(b.sourceId(), b.span(), FindingKind.ANACHRONISM);
    }

    private static String key(PlaceFact a, PlaceFact b) {
        String x = a.sourceId() + "|" + a.span().start();
        String y = b.sourceId() + "|" + b.span().start();
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    private static String quoted(Evidence e) {
        return "\"" + e.text() + "\"";
    }

    /** One name however spelt: equal once folded, transliterated or misspelt by a letter or two. */
    private boolean sameName(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        NameRelation r = names.compare(x, y).relation();
        return r == NameRelation.SAME || r == NameRelation.TRANSLITERATION || r == NameRelation.SPELLING;
    }

    /** True when the knowledge base knows the two anchors as one territory's state before and after. */
    private static boolean succeeded(KnowledgeBase kb, PlaceFact a, PlaceFact b) {
        Optional<Entity> x = entity(kb, a.anchor());
        Optional<Entity> y = entity(kb, b.anchor());
        return x.isPresent() && y.isPresent() && kb.relate(x.get(), y.get()) == EntityRelation.SUCCESSION;
    }

    private static Optional<Entity> entity(KnowledgeBase kb, String surface) {
        List<Entity> found = kb.named(surface);
        if (found.isEmpty()) {
            found = kb.named("the " + surface);
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
