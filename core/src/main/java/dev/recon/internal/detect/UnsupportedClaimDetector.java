package dev.recon.internal.detect;

import dev.recon.internal.align.Link;
import dev.recon.model.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.kb.EntityRelation;
import dev.recon.kb.EntityType;
import dev.recon.internal.fact.FigureFact;
import dev.recon.internal.fact.FigureFactExtractor;
import dev.recon.internal.name.NameMatcher;
import dev.recon.internal.name.NameRelation;
import dev.recon.model.Quantity;
import dev.recon.internal.quantity.QuantityExtractor;
import dev.recon.source.SourceKind;
import dev.recon.model.Span;
import dev.recon.model.Relation;
import dev.recon.model.TimeMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Claims no other source supports. A claim that aligns with nothing is unsupported as a whole; a claim
 * that aligns is still checked specific by specific, since a generic overview often dresses a shared
 * statement in dates, figures and names of its own ("During the Vietnam War (1955–1975)").
 *
 * <p>Severity follows checkability: dates, figures and names are major; concrete statements minor;
 * generic ones info.
 */
public final class UnsupportedClaimDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.UNSUPPORTED_CLAIM);
    }

    @Override
    public java.util.Set<FindingKind> consumes() {
        return java.util.Set.of(FindingKind.DATE_MISMATCH, FindingKind.NUMBER_MISMATCH, FindingKind.INTERNAL_INCONSISTENCY);
    }

    private final NameMatcher names;
    private final FigureFactExtractor figures;

    /**
     * @param names   judges whether two spellings of an unknown name name one person or thing
     * @param figures tells a figure that is part of a total ("four more bodies") from a total
     */
    public UnsupportedClaimDetector(NameMatcher names, FigureFactExtractor figures) {
        this.names = java.util.Objects.requireNonNull(names, "names");
        this.figures = java.util.Objects.requireNonNull(figures, "figures");
    }

    private record Specific(Span span, String text, String what) {
    }

    /** Below this similarity the closest statement elsewhere is not worth quoting. */
    /** Events longer than this many days are eras ("the Cold War"), not checkable specifics. */
    private static final long ERA_DAYS = 25L * 365;

    @Override
    public void detect(CheckContext ctx) {
        List<Claim> all = ctx.allClaims();
        Set<String> topics = topics(ctx, all);
        SupportIndex index = new SupportIndex(ctx, all);
        long sources = all.stream().map(Claim::sourceId).distinct().count();
        for (Claim c : all) {
            if (sources < 2) {
                continue;
            }
            List<Specific> unsupported = unsupportedSpecifics(ctx, c, index);
            // a claim that states a fact another source also states, in whatever words, is not alone:
            // where the values differ, that is a mismatch, reported as such
            if (!ctx.alignment().isAligned(c) && !index.sharesFact(c)) {
                whole(ctx, c, unsupported, namesBeyondTopic(ctx, c, topics));
            } else if (!unsupported.isEmpty()) {
                parts(ctx, c, unsupported);
            }
        }
    }

    private static void whole(CheckContext ctx, Claim c, List<Specific> unsupported, boolean named) {
        Findings out = ctx.findings();
        // a unique statement of a news or reference text is normal; it counts when it carries a specific
        // no one else gives, or when it comes from an overview, where every claim needs support, or from
        // a mirror, which should say nothing of its own
        SourceKind kind = ctx.kindOf(c.sourceId());
        boolean overview = kind == SourceKind.OVERVIEW || kind == SourceKind.MIRROR;
        Severity severity = !unsupported.isEmpty() ? Severity.MAJOR
                : Specificity.exclusive(ctx, c) || overview && (named || Specificity.concrete(c, ctx.lexicon(), ctx.genericity())) ? Severity.MINOR : Severity.INFO;
        if (c.hedged() && severity == Severity.MAJOR) {
            severity = Severity.MINOR;
        }
        // a statement this unlike the claim is no evidence either way
        Optional<Link> nearest = ctx.alignment().nearest(c).filter(l -> l.score() >= ctx.thresholds().nearestWorthQuoting());
        String closest = nearest.map(l -> String.format(Locale.ROOT, " The closest statement elsewhere, in %s, is \"%s\".",
                l.b().sourceId(), Claims.abbreviate(l.b().text(), 90))).orElse(" Nothing elsewhere comes close.");
        String specifics = unsupported.isEmpty() ? "" : " Unsupported specifics: "
                + String.join(", ", unsupported.stream().map(s -> "\"" + s.text() + "\"").toList()) + ".";
        String message = checkedAgainst(ctx, c)
                .map(ref -> String.format(Locale.ROOT, "%s states \"%s\", which the reference, %s, does not.%s%s",
                        c.sourceId(), Claims.abbreviate(c.text(), 100), ref, specifics, closest))
                .orElse(String.format(Locale.ROOT, "Only %s states \"%s\".%s%s", c.sourceId(),
                        Claims.abbreviate(c.text(), 100), specifics, closest));
        out.add(FindingKind.UNSUPPORTED_CLAIM, severity, message, List.of(out.quote(c, c.span())), List.of(c));
    }

    private static void parts(CheckContext ctx, Claim c, List<Specific> unsupported) {
        Findings out = ctx.findings();
        List<Evidence> ev = new ArrayList<>();
        for (Specific s : unsupported) {
            ev.add(out.quote(c, s.span()));
        }
        String list = String.join(", ", unsupported.stream().map(s -> s.what() + " \"" + s.text() + "\"").toList());
        String message = String.format(Locale.ROOT, "%s \"%s\" but not the %s that %s adds.",
                checkedAgainst(ctx, c).map(ref -> "The reference, " + ref + ", states").orElse("Other sources state"),
                Claims.abbreviate(c.text(), 90), list, c.sourceId());
        out.add(FindingKind.UNSUPPORTED_CLAIM, Severity.MAJOR, message, ev, List.of(c));
    }

    /** The reference {@code c} is checked against alone, when there is one and {@code c} is not in it. */
    private static Optional<String> checkedAgainst(CheckContext ctx, Claim c) {
        return ctx.comparison().reference().filter(ref -> !ref.equals(c.sourceId()));
    }

    /** Dates, figures and specific names of {@code c} that no claim of a source it is compared with gives. */
    private List<Specific> unsupportedSpecifics(CheckContext ctx, Claim c, SupportIndex index) {
        List<Specific> out = new ArrayList<>();
        for (TimeMention t : c.datedTimes()) {
            // "Friday night", "today", "last November": relative dates restate the story's time
            if (t.isDuration() || !QuantityExtractor.statesNumber(t.text())
                    || out.stream().anyMatch(s -> s.span().overlaps(t.span()))) {
                continue;
            }
            if (index.withWeekdayOf(c, t) || index.withMonthDay(c, t)) {
                continue;
            }
            if (ctx.findings().covers(c.sourceId(), t.span(), FindingKind.DATE_MISMATCH, FindingKind.INTERNAL_INCONSISTENCY)) {
                continue;
            }
            // a day is backed only by a day stated as a date: "Monday night" may be any happening's
            boolean day = t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}.*");
            boolean supported = index.withYears(c, t)
                    .anyMatch(o -> o.datedTimes().stream().anyMatch(x -> sameYears(t, x)
                            && (!day || QuantityExtractor.statesNumber(x.text()) && x.text().chars().anyMatch(Character::isDigit))));
            if (!supported && !supportedByEnclosingDates(index, c, t)) {
                out.add(new Specific(t.span(), t.text(), "date"));
            }
        }
        for (TimeMention t : c.times()) {
            // durations and clock times ("silent for three days", "at 8:50 p.m.") are specifics too
            if (t.interval() != null || t.value() == null || t.value().isEmpty() || !QuantityExtractor.statesNumber(t.text())
                    || !(t.isDuration() && t.value().matches("P(T)?\\d.*") && !Specificity.isVagueUnit(t) || t.value().matches(".*T\\d\\d:\\d\\d.*")
                    || t.value().matches("XXXX-\\d\\d-\\d\\d"))
                    || out.stream().anyMatch(x -> x.span().overlaps(t.span()))) {
                continue;
            }
            boolean supported = index.withTimeValue(c, t.value()) || Specificity.isConversion(c, t);
            if (!supported) {
                out.add(new Specific(t.span(), t.text(), t.isDuration() ? "duration" : t.value().startsWith("XXXX") ? "date" : "time"));
            }
        }
        for (Quantity q : c.quantities()) {
            if (!isCheckableFigure(q, index.factOf(c, q).isPresent()) || figures.isPartOfTotal(c, q) || ctx.findings().covers(c.sourceId(), q.span(),
                    FindingKind.NUMBER_MISMATCH, FindingKind.INTERNAL_INCONSISTENCY)) {
                continue;
            }
            Optional<FigureFact> fact = index.factOf(c, q);
            boolean supported = fact.isPresent() ? index.supports(fact.get())
                    : index.withUnit(c, q.unit()).anyMatch(o -> o.quantities().stream()
                    .anyMatch(x -> x.unit().equals(q.unit()) && x.agreesWith(q)));
            if (!supported) {
                out.add(new Specific(q.span(), q.text(), "figure"));
            }
        }
        SourceKind kind = ctx.kindOf(c.sourceId());
        // news and reference texts routinely name officials, witnesses and places no other report
        // names; a name alone is a specific to check only where every statement needs support
        boolean namesCount = kind == SourceKind.OVERVIEW || kind == SourceKind.MIRROR || Specificity.exclusive(ctx, c);
        for (EntityMention m : c.entities()) {
            if (!namesCount || !isSpecificName(m, c) || out.stream().anyMatch(s -> s.span().overlaps(m.span()))
                    || !m.isKnown() && Specificity.modifiesNoun(c, m)
                    || Specificity.isAttributed(ctx, c, m) || !m.isKnown() && NameJudge.isLocative(m, c, ctx.lexicon())) {
                continue;
            }
            boolean supported = index.withName(ctx, c, m)
                    .anyMatch(o -> o.entities().stream().anyMatch(x -> sameReferent(ctx, c, m, o, x)
                            || !m.isKnown() && !x.isKnown() && names.compare(m.text(), x.text()).relation() != NameRelation.UNRELATED));
            if (!supported) {
                out.add(new Specific(m.span(), m.text(), "name"));
            }
        }
        // what someone is quoted as saying is theirs, not a specific the text asserts
        out.removeIf(x -> Specificity.inQuotation(ctx, c, x.span().start()));
        out.sort((x, y) -> x.span().compareTo(y.span()));
        // "11:11 pm local time (10:11 pm UTC)", "2,560-foot (780-meter)": a conversion restates the figure
        for (int i = out.size() - 1; i > 0; i--) {
            Span prev = out.get(i - 1).span();
            Span cur = out.get(i).span();
            if (cur.start() > prev.end()) {
                String between = c.text().substring(prev.end() - c.span().start(), cur.start() - c.span().start());
                if (between.matches("[^()]{0,20}\\(\\s*")) {
                    out.remove(i);
                }
            }
        }
        return out;
    }

    /**
     * A vague period ("the 1990s") is backed by any date inside it, which the year index finds only
     * when it shares a boundary year; look through the years of the period as well.
     */
    private static boolean supportedByEnclosingDates(SupportIndex index, Claim c, TimeMention t) {
        if (t.relation() == Relation.RANGE || t.interval().from() == null || t.interval().to() == null) {
            return false;
        }
        int from = t.interval().from().getYear();
        int to = t.interval().to().getYear();
        if (to - from > 100) {
            return false;
        }
        for (int y = from; y <= to; y++) {
            if (index.inYear(c, y).anyMatch(o -> o.datedTimes().stream().anyMatch(x -> sameYears(t, x)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Events, people and organisations are specifics; states, regions and cities are what texts are
     * about, and eras such as "the Cold War" are background.
     */
    private static boolean isSpecificName(EntityMention m, Claim c) {
        if (m.demonym()) {
            return false;
        }
        if (!m.isKnown()) {
            return m.text().contains(" ");
        }
        Optional<Entity> e = m.resolve(c.when());
        EntityType type = e.map(Entity::type).orElse(EntityType.OTHER);
        if (type == EntityType.EVENT) {
            return e.get().period() == null || e.get().period().days() <= ERA_DAYS;
        }
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.PARTY;
    }

    /** Referents named in many claims across the sources: the subject of the texts. */
    private static Set<String> topics(CheckContext ctx, List<Claim> all) {
        Set<String> out = new HashSet<>();
        Topics.claimCounts(ctx, all, Claim::when, e -> true).forEach((id, n) -> {
            if (n >= ctx.thresholds().topicShare() * all.size()) {
                out.add(id);
            }
        });
        return out;
    }

    /** True when the claim names a state, organisation or person beyond the texts' subject. */
    private static boolean namesBeyondTopic(CheckContext ctx, Claim c, Set<String> topics) {
        return c.entities().stream().filter(m -> !m.demonym())
                .map(m -> m.resolve(c.when())).flatMap(Optional::stream)
                .anyMatch(e -> e.type() != EntityType.REGION && e.type() != EntityType.CITY
                        && !topics.contains(ctx.kb().governmentOf(e).id()));
    }

    private static boolean sameReferent(CheckContext ctx, Claim c, EntityMention m, Claim o, EntityMention x) {
        if (NameJudge.normal(m.text()).equals(NameJudge.normal(x.text()))
                || (!m.isKnown() && !x.isKnown() && NameJudge.sameUnknownName(m.text(), x.text()))) {
            return true;
        }
        Optional<Entity> a = m.resolve(c.when());
        Optional<Entity> b = x.resolve(o.when());
        return a.isPresent() && b.isPresent() && ctx.kb().relate(a.get(), b.get()) == EntityRelation.SAME;
    }

    /**
     * Two dates state the same time when they cover the same years: "1950" and "January 31, 1950", or
     * "by 1975" and "in 1975". A range only matches the same range.
     */
    static boolean sameYears(TimeMention a, TimeMention b) {
        if (a.conflictsWith(b)) {
            return false;
        }
        Integer af = a.interval().from() == null ? null : a.interval().from().getYear();
        Integer at = a.interval().to() == null ? null : a.interval().to().getYear();
        Integer bf = b.interval().from() == null ? null : b.interval().from().getYear();
        Integer bt = b.interval().to() == null ? null : b.interval().to().getYear();
        boolean multiYear = af != null && at != null && !af.equals(at);
        if (multiYear && a.relation() == Relation.RANGE) {
            // a range asserts both its ends: "1955–1975" is backed by the same range, not by "by 1975"
            return bf != null && bt != null && af.equals(bf) && at.equals(bt);
        }
        if (multiYear) {
            // a vague period ("the 1990s") is backed by any date that falls inside it ("by 1998")
            Integer end = bt != null ? bt : bf;
            return end != null && end >= af && end <= at && (bf == null || bf >= af);
        }
        boolean from = af == null || bf == null || af.equals(bf);
        boolean to = at == null || bt == null || at.equals(bt);
        return from && to && !(af == null && bt == null) && !(at == null && bf == null);
    }

    /**
     * A figure is checkable when it counts or measures something the text names ("three infants",
     * "9 killed"); a bare number with nothing said of it is not.
     */
    private static boolean isCheckableFigure(Quantity q, boolean fact) {
        // "killed only one worker": a figure that says what happened counts, however small
        return fact || !q.unit().isEmpty() && q.value() >= 2;
    }

}
