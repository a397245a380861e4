package dev.recon.internal.detect;

import dev.recon.internal.align.Link;
import dev.recon.model.Claim;
import dev.recon.internal.fact.FigureFact;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.name.NameMatcher;
import dev.recon.model.Token;
import dev.recon.model.Quantity;
import dev.recon.model.Span;
import dev.recon.model.TimeInterval;
import dev.recon.model.TimeMention;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares aligned claims worded in parallel, slot by slot: where a word-level diff puts one name,
 * figure or date in the place of another, the two are judged. This is how a mirror's edits to a copied
 * text show: "exclude Russia" against "exclude the Soviet Union".
 */
public final class ParallelTextDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.ENTITY_MISMATCH, FindingKind.NAMING_VARIANT, FindingKind.NAME_SPELLING, FindingKind.ANACHRONISM, FindingKind.NUMBER_MISMATCH, FindingKind.DATE_MISMATCH);
    }


    private final NameMatcher names;

    public ParallelTextDetector(NameMatcher names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    @Override
    public void detect(CheckContext ctx) {
        NameJudge judge = new NameJudge(ctx.kb(), names);
        Map<String, FigureFact> facts = FigureFact.byReading(ctx.figures());
        for (Link link : ctx.alignment().links()) {
            if (link.wordRatio() < ctx.thresholds().parallelWordRatio()) {
                continue;
            }
            Claim a = link.a();
            Claim b = link.b();
            TokenMap map = new TokenMap(a.tokens(), b.tokens());
            TimeInterval when = a.when() != null ? a.when() : b.when();
            compareNames(ctx, judge, a, b, map, when);
            compareFigures(ctx, facts, a, b, map);
            compareTimes(ctx.findings(), a, b, map);
        }
    }

    private static void compareNames(CheckContext ctx, NameJudge judge, Claim a, Claim b, TokenMap map,
                                     TimeInterval when) {
        Set<String> done = new HashSet<>();
        for (EntityMention ma : a.entities()) {
            for (EntityMention mb : pick(b.entities(), map.counterpartsInB(ma.span()), EntityMention::span)) {
                judgePair(ctx, judge, a, ma, b, mb, when, done);
            }
        }
        for (EntityMention mb : b.entities()) {
            for (EntityMention ma : pick(a.entities(), map.counterpartsInA(mb.span()), EntityMention::span)) {
                judgePair(ctx, judge, a, ma, b, mb, when, done);
            }
        }
    }

    private static void judgePair(CheckContext ctx, NameJudge judge, Claim a, EntityMention ma, Claim b,
                                  EntityMention mb, TimeInterval when, Set<String> done) {
        if (!done.add(ma.span() + "|" + mb.span())) {
            return;
        }
        judge.judge(ma, mb, when, sameFrame(a, ma, b, mb)).ifPresent(v -> {
            Findings out = ctx.findings();
            List<Evidence> ev = List.of(out.quote(a, ma.span()), out.quote(b, mb.span()));
            String message = String.format(Locale.ROOT, "%s says \"%s\" where %s says \"%s\" (%s).",
                    a.sourceId(), ma.text(), b.sourceId(), mb.text(), v.why());
            // a name of the wrong period set against the right one is one finding, the anachronism, which
            // quotes both names; the mismatch would say the same again
            boolean anachronistic = v.severity() == Severity.MAJOR
                    && anachronism(out, ctx.kb(), ctx.lexicon(), a, ma, b, mb) | anachronism(out, ctx.kb(), ctx.lexicon(), b, mb, a, ma);
            if (!anachronistic) {
                out.add(v.kind(), v.severity(), message, ev, List.of(a, b));
            }
        });
    }

    /** True when the words right before and right after the two names are the same words. */
    static boolean sameFrame(Claim a, EntityMention ma, Claim b, EntityMention mb) {
        return Objects.equals(before(a, ma), before(b, mb)) && Objects.equals(after(a, ma), after(b, mb));
    }

    private static String before(Claim c, EntityMention m) {
        String out = null;
        for (Token t : c.tokens()) {
            if (t.span().end() > m.span().start()) {
                break;
            }
            out = t.lower();
        }
        return out;
    }

    private static String after(Claim c, EntityMention m) {
        for (Token t : c.tokens()) {
            if (t.span().start() >= m.span().end()) {
                return t.lower();
            }
        }
        return null;
    }

    /** Reports {@code m} as an anachronism set against {@code otherName}, if it is one; true when it is. */
    private static boolean anachronism(Findings out, KnowledgeBase kb, Lexicon lexicon, Claim c, EntityMention m, Claim other,
                                       EntityMention otherName) {
        Optional<Anachronism> a = NameJudge.anachronism(kb, m, c, lexicon);
        if (a.isEmpty()) {
            return false;
        }
        String message = String.format(Locale.ROOT, "%s names \"%s\" %s; %s says \"%s\".",
                c.sourceId(), m.text(), a.get().describe(), other.sourceId(), otherName.text());
        out.add(FindingKind.ANACHRONISM, Severity.MAJOR, message,
                List.of(out.quote(c, m.span()), out.quote(other, otherName.span())), List.of(c, other));
        return true;
    }

    private static void compareFigures(CheckContext ctx, Map<String, FigureFact> facts, Claim a, Claim b,
                                       TokenMap map) {
        Findings out = ctx.findings();
        for (Quantity qa : a.quantities()) {
            for (Quantity qb : pick(b.quantities(), map.counterpartsInB(qa.span()), Quantity::span)) {
                if (qa.sameUnit(qb) && !qa.agreesWith(qb) && !measureDifferentThings(facts, a, qa, b, qb)) {
                    String message = String.format(Locale.ROOT, "%s gives \"%s\" where %s gives \"%s\".",
                            a.sourceId(), qa.text(), b.sourceId(), qb.text());
                    out.add(FindingKind.NUMBER_MISMATCH, Severity.MAJOR, message,
                            List.of(out.quote(a, qa.span()), out.quote(b, qb.span())), List.of(a, b));
                }
            }
        }
    }

    private static void compareTimes(Findings out, Claim a, Claim b, TokenMap map) {
        for (TimeMention ta : a.times()) {
            for (TimeMention tb : pick(b.times(), map.counterpartsInB(ta.span()), TimeMention::span)) {
                if (ta.conflictsWith(tb)) {
                    String message = String.format(Locale.ROOT, "%s dates this \"%s\" where %s says \"%s\".",
                            a.sourceId(), ta.text(), b.sourceId(), tb.text());
                    out.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, message,
                            List.of(out.quote(a, ta.span()), out.quote(b, tb.span())), List.of(a, b));
                }
            }
        }
    }

    /** "killed 14 people" and "injured 30 people" fill one slot but count different things. */
    private static boolean measureDifferentThings(Map<String, FigureFact> facts, Claim a, Quantity qa, Claim b,
                                                  Quantity qb) {
        FigureFact fa = facts.get(FigureFact.place(a, qa.span()));
        FigureFact fb = facts.get(FigureFact.place(b, qb.span()));
        // "the Orion mission cost" and "the Gemini mission cost" fill one slot for different subjects
        return fa != null && fb != null && (!fa.key().equals(fb.key()) || !fa.sameSubject(fb));
    }

    private static <T> List<T> pick(List<T> items, List<Span> places, Function<T, Span> spanOf) {
        return items.stream().filter(x -> places.stream().anyMatch(p -> spanOf.apply(x).overlaps(p))).toList();
    }
}
