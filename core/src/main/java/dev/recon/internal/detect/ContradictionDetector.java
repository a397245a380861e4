package dev.recon.internal.detect;

import dev.recon.internal.align.Link;
import dev.recon.model.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.Set;
import java.util.TreeSet;

/**
 * Claims that assert opposite things. Two routes lead here: aligned claims of which one negates the
 * other, and claims that judge the same relationship, over overlapping times, with words of opposite
 * polarity ("relations remained cordial" against "the two governments became rivals rather than
 * friends"). Across sources that is a contradiction; within one source, an internal inconsistency.
 *
 * <p>The lexicon decides through {@link PolarityJudge}, the seam where a model-based judge can be
 * plugged in instead.
 */
public final class ContradictionDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.CONTRADICTION, FindingKind.INTERNAL_INCONSISTENCY);
    }

    /** Decides whether two claims about the same thing contradict each other. */
    public interface PolarityJudge {
        /** A short reason when the claims contradict each other, else null. */
        String contradiction(Claim a, Claim b);
    }

    /** How long a judgement with an open end ("from 1968, relations deteriorated") is taken to hold. */
    private static final int STANCE_YEARS = 10;

    private final PolarityJudge negation;
    private final Lexicon lexicon;

    /**
     * @param negation judges aligned pairs; the lexical judge finds one claim negating the other
     * @param lexicon  gives the polarity of judgement words for relationship stances
     */
    public ContradictionDetector(PolarityJudge negation, Lexicon lexicon) {
        this.negation = negation;
        this.lexicon = lexicon;
    }

    /** The lexicon-based detector. */
    public static ContradictionDetector lexical(Lexicon lexicon) {
        return new ContradictionDetector((a, b) -> {
            boolean na = negated(a, lexicon);
            boolean nb = negated(b, lexicon);
            return na != nb && sameWording(a, b) ? "one negates the other" : null;
        }, lexicon);
    }

    @Override
    public void detect(CheckContext ctx) {
        Findings out = ctx.findings();
        for (Link l : ctx.alignment().links()) {
            String why = negation.contradiction(l.a(), l.b());
            if (why != null) {
                report(out, l.a(), l.a().span(), l.b(), l.b().span(), why);
            }
        }
        // stances, indexed by the pair of parties they judge
        Set<String> pair = topicPair(ctx);
        Map<Set<String>, List<Stance>> byParties = new LinkedHashMap<>();
        for (Claim c : ctx.allClaims()) {
            Stance.of(c, lexicon, ctx.kb(), pair).ifPresent(s -> byParties.computeIfAbsent(s.parties(), k -> new ArrayList<>()).add(s));
        }
        for (List<Stance> group : byParties.values()) {
            // every opposing pair, strongest first; each claim meets each other source at most once,
            // so that one clear finding stands for a disagreement rather than a web of them
            List<Stance[]> pairs = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Stance x = group.get(i);
                    Stance y = group.get(j);
                    if (Integer.signum(x.polarity()) != Integer.signum(y.polarity())
                            && overlap(x.claim().context(), y.claim().context())) {
                        pairs.add(new Stance[] {x, y});
                    }
                }
            }
            pairs.sort(java.util.Comparator.comparingInt((Stance[] p) -> -(Math.abs(p[0].polarity()) + Math.abs(p[1].polarity())))
                    .thenComparing(p -> p[0].claim().id()).thenComparing(p -> p[1].claim().id()));
            Set<String> used = new java.util.HashSet<>();
            for (Stance[] p : pairs) {
                Claim a = p[0].claim();
                Claim b = p[1].claim();
                String ab = a.id() + ">" + b.sourceId();
                String ba = b.id() + ">" + a.sourceId();
                if (used.contains(ab) || used.contains(ba)) {
                    continue;
                }
                used.add(ab);
                used.add(ba);
                report(out, a, p[0].span(), b, p[1].span(), "opposite judgements of the same relationship at overlapping times");
            }
        }
    }

    /** A stance holds for a while, not for ever: an open end reaches a decade past its bound. */
    private static boolean overlap(dev.recon.model.TimeInterval a, dev.recon.model.TimeInterval b) {
        return a != null && b != null && bounded(a).overlaps(bounded(b));
    }

    private static dev.recon.model.TimeInterval bounded(dev.recon.model.TimeInterval t) {
        if (t.from() != null && t.to() == null) {
            return new dev.recon.model.TimeInterval(t.from(), t.from().plusYears(STANCE_YEARS));
        }
        if (t.from() == null && t.to() != null) {
            return new dev.recon.model.TimeInterval(t.to().minusYears(STANCE_YEARS), t.to());
        }
        return t;
    }

    private static void report(Findings out, Claim a, dev.recon.model.Span sa, Claim b, dev.recon.model.Span sb, String why) {
        boolean same = a.sourceId().equals(b.sourceId());
        String message = same
                ? String.format(Locale.ROOT, "%s says \"%s\" and also \"%s\" (%s).", a.sourceId(),
                out.quote(a, sa).text(), out.quote(b, sb).text(), why)
                : String.format(Locale.ROOT, "%s says \"%s\" but %s says \"%s\" (%s).", a.sourceId(),
                out.quote(a, sa).text(), b.sourceId(), out.quote(b, sb).text(), why);
        out.add(same ? FindingKind.INTERNAL_INCONSISTENCY : FindingKind.CONTRADICTION, Severity.MINOR, message,
                List.of(out.quote(a, sa), out.quote(b, sb)), List.of(a, b));
    }

    /** The two parties named in most claims: what "the two countries" or "both sides" means in these texts. */
    private static Set<String> topicPair(CheckContext ctx) {
        Map<String, Integer> counts = Topics.claimCounts(ctx, ctx.allClaims(), Claim::context,
                Stance::canBeParty);
        List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Set<String> out = new TreeSet<>();
        top.stream().limit(2).forEach(e -> out.add(e.getKey()));
        return out;
    }

    static boolean negated(Claim c, Lexicon lexicon) {
        return c.tokens().stream().anyMatch(t -> lexicon.isNegation(t.lemma()) || t.lower().equals("not"));
    }

    private static boolean sameWording(Claim a, Claim b) {
        return dev.recon.internal.align.Aligner.wordRatio(words(a), words(b)) >= 0.7;
    }

    private static List<String> words(Claim c) {
        return c.tokens().stream().map(Token::lower).toList();
    }

}
