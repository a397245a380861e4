package dev.recon.detect;

import dev.recon.align.Link;
import dev.recon.claim.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.kb.EntityRelation;
import dev.recon.kb.EntityType;
import dev.recon.lexicon.Lexicon;
import dev.recon.nlp.Token;
import dev.recon.fact.FigureFact;
import dev.recon.fact.FigureFactExtractor;
import dev.recon.fact.Reading;
import dev.recon.name.NameMatcher;
import dev.recon.name.NameRelation;
import dev.recon.quantity.Quantity;
import dev.recon.quantity.QuantityExtractor;
import dev.recon.source.SourceKind;
import dev.recon.text.Span;
import dev.recon.time.Relation;
import dev.recon.time.TimeMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
public final class UnsupportedClaimDetector implements Detector {

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
    public void detect(DetectionContext ctx) {
        List<Claim> all = ctx.allClaims();
        Set<String> topics = topics(ctx, all);
        Specifics index = new Specifics(ctx, all);
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
                parts(ctx.findings(), c, unsupported);
            }
        }
    }

    /**
     * Every claim's dates, figures and names, indexed by year, unit and name, so that a specific is
     * looked up among the claims that could support it rather than among all claims.
     */
    private static final class Specifics {
        private final Map<Integer, List<Claim>> byYear = new HashMap<>();
        private final Map<String, List<Claim>> byUnit = new HashMap<>();
        private final Map<String, List<Claim>> byName = new HashMap<>();
        private final Map<String, List<Claim>> byTimeValue = new HashMap<>();
        private final Map<java.time.DayOfWeek, List<Claim>> byWeekday = new HashMap<>();
        private final Map<String, List<Claim>> byMonthDay = new HashMap<>();
        private final Map<String, List<FigureFact>> factsByKey = new HashMap<>();
        private final Map<String, FigureFact> factBySpan = new HashMap<>();
        private final Map<String, List<FigureFact>> factsByClaim = new HashMap<>();

        private final dev.recon.align.AlignmentResult alignment;
        private final Thresholds thresholds;

        Specifics(DetectionContext ctx, List<Claim> claims) {
            this.alignment = ctx.alignment();
            this.thresholds = ctx.thresholds();
            for (FigureFact f : ctx.figures()) {
                factsByKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
                factsByClaim.computeIfAbsent(f.claim().id(), k -> new ArrayList<>()).add(f);
                for (Reading r : f.readings()) {
                    factBySpan.put(f.claim().id() + "@" + r.span(), f);
                }
            }
            for (Claim c : claims) {
                for (TimeMention t : c.datedTimes()) {
                    if (t.interval().from() != null) {
                        byYear.computeIfAbsent(t.interval().from().getYear(), k -> new ArrayList<>()).add(c);
                    }
                    if (t.interval().to() != null) {
                        byYear.computeIfAbsent(t.interval().to().getYear(), k -> new ArrayList<>()).add(c);
                    }
                }
                // "died Saturday": a weekday without a date still tells which day it was
                for (Token tok : c.tokens()) {
                    weekday(tok.text()).ifPresent(d -> byWeekday.computeIfAbsent(d, k -> new ArrayList<>()).add(c));
                }
                for (TimeMention t : c.times()) {
                    if (t.value() != null) {
                        byTimeValue.computeIfAbsent(t.value(), k -> new ArrayList<>()).add(c);
                        timeOfDay(t.value()).ifPresent(k -> byTimeValue.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
                        // "January 16" with no year known matches any 16 January
                        java.util.regex.Matcher md = java.util.regex.Pattern.compile("^(?:\\d{4}|XXXX)(-\\d\\d-\\d\\d)$").matcher(t.value());
                        if (md.find()) {
                            byTimeValue.computeIfAbsent("md:" + md.group(1), x -> new ArrayList<>()).add(c);
                        }
                    }
                    monthDay(t).ifPresent(k -> byMonthDay.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
                }
                for (Quantity q : c.quantities()) {
                    byUnit.computeIfAbsent(q.unit(), k -> new ArrayList<>()).add(c);
                }
                for (EntityMention m : c.entities()) {
                    for (String key : nameKeys(ctx, c, m)) {
                        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }

        /** Claims of other sources that give a date in one of these years. */
        List<Claim> withYears(Claim c, TimeMention t) {
            Set<Claim> out = new java.util.LinkedHashSet<>();
            if (t.interval().from() != null) {
                out.addAll(byYear.getOrDefault(t.interval().from().getYear(), List.of()));
            }
            if (t.interval().to() != null) {
                out.addAll(byYear.getOrDefault(t.interval().to().getYear(), List.of()));
            }
            return others(c, out);
        }

        /** True when another source states a figure of something this claim gives a figure of. */
        boolean sharesFact(Claim c) {
            return factsByClaim.getOrDefault(c.id(), List.of()).stream().anyMatch(f -> factsByKey.getOrDefault(f.key(), List.of())
                    .stream().anyMatch(o -> !o.sourceId().equals(f.sourceId()) && o.sameSubject(f)));
        }

        Optional<FigureFact> factOf(Claim c, Quantity q) {
            return Optional.ofNullable(factBySpan.get(c.id() + "@" + q.span()));
        }

        /** True when another source states the same figure of the same thing. */
        boolean supports(FigureFact f) {
            return factsByKey.getOrDefault(f.key(), List.of()).stream().anyMatch(o -> !o.sourceId().equals(f.sourceId())
                    && o.sameSubject(f) && o.sameTimes(f, thresholds.runningCountDays())
                    && o.agreesWith(f, thresholds.runningCountRatio()));
        }

        /** "Dec. 31, 2022" is backed by another source's "Saturday" when that date was a Saturday. */
        boolean withWeekdayOf(Claim c, TimeMention t) {
            if (t.interval() == null || t.interval().from() == null || !t.interval().from().equals(t.interval().to())) {
                return false;
            }
            // only a statement of the same thing: "Monday night" elsewhere says nothing of a holiday on 16 January
            Set<Claim> linked = new java.util.HashSet<>();
            alignment.linksOf(c).forEach(l -> linked.add(l.a() == c ? l.b() : l.a()));
            return others(c, byWeekday.getOrDefault(t.interval().from().getDayOfWeek(), List.of())).stream()
                    .anyMatch(linked::contains);
        }

        private static Optional<java.time.DayOfWeek> weekday(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                if (lower.equals(d.name().toLowerCase(Locale.ROOT))) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        /** True when another source gives a duration or clock time of the same value. */
        boolean withTimeValue(Claim c, String value) {
            if (value.startsWith("XXXX-")) {
                value = "md:" + value.substring(4);
            }
            return byTimeValue.getOrDefault(value, List.of()).stream().anyMatch(o -> !o.sourceId().equals(c.sourceId()))
                    || timeOfDay(value).map(k -> byTimeValue.getOrDefault(k, List.of()).stream()
                    .anyMatch(o -> !o.sourceId().equals(c.sourceId()))).orElse(false);
        }

        /** "Lula will take office on January 1" is backed by "sworn in on 1 January 2023". */
        boolean withMonthDay(Claim c, TimeMention t) {
            boolean yearless = !t.text().matches("(?s).*\\d{4}.*");
            return monthDay(t).map(k -> others(c, byMonthDay.getOrDefault(k, List.of())).stream()
                    .anyMatch(o -> yearless || o.times().stream().anyMatch(x -> monthDay(x).equals(Optional.of(k))
                            && !x.text().matches("(?s).*\\d{4}.*")))).orElse(false);
        }

        /** "11:11 pm" and "23:11" are one time of day, whatever date each is attached to. */
        private static Optional<String> timeOfDay(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("T(\\d\\d:\\d\\d)").matcher(value);
            return m.find() ? Optional.of("tod:" + m.group(1)) : Optional.empty();
        }

        /** The month and day a mention names, from its value: "1 January 2023" and "January 1" alike. */
        private static Optional<String> monthDay(TimeMention t) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:\\d{4}|XXXX)-(\\d\\d)-(\\d\\d)$")
                    .matcher(t.value() == null ? "" : t.value());
            return m.find() ? Optional.of(m.group(1) + "-" + m.group(2)) : Optional.empty();
        }

        List<Claim> withUnit(Claim c, String unit) {
            return others(c, byUnit.getOrDefault(unit, List.of()));
        }

        List<Claim> withName(DetectionContext ctx, Claim c, EntityMention m) {
            Set<Claim> out = new java.util.LinkedHashSet<>();
            for (String key : nameKeys(ctx, c, m)) {
                out.addAll(byName.getOrDefault(key, List.of()));
            }
            return others(c, out);
        }

        private static List<Claim> others(Claim c, java.util.Collection<Claim> claims) {
            return claims.stream().filter(o -> !o.sourceId().equals(c.sourceId())).distinct().toList();
        }

        private static List<String> nameKeys(DetectionContext ctx, Claim c, EntityMention m) {
            List<String> keys = new ArrayList<>();
            keys.add("n:" + NameJudge.normal(m.text()));
            if (!m.isKnown()) {
                keys.add("s:" + NameJudge.lastWord(m.text()));
                // "Pushpa Kamal" and "Pushpa Kamal Dahal": short forms share the first word
                keys.add("f:" + NameJudge.normal(m.text()).split(" ")[0]);
            }
            m.resolve(c.when()).ifPresent(e -> keys.add("e:" + e.id()));
            return keys;
        }
    }

    private static void whole(DetectionContext ctx, Claim c, List<Specific> unsupported, boolean named) {
        Findings out = ctx.findings();
        // a unique statement of a news or reference text is normal; it counts when it carries a specific
        // no one else gives, or when it comes from an overview, where every claim needs support, or from
        // a mirror, which should say nothing of its own
        SourceKind kind = ctx.kindOf(c.sourceId());
        boolean overview = kind == SourceKind.OVERVIEW || kind == SourceKind.MIRROR;
        Severity severity = !unsupported.isEmpty() ? Severity.MAJOR
                : exclusive(ctx, c) || overview && (named || concrete(c, ctx.lexicon())) ? Severity.MINOR : Severity.INFO;
        if (c.hedged() && severity == Severity.MAJOR) {
            severity = Severity.MINOR;
        }
        // a statement this unlike the claim is no evidence either way
        Optional<Link> nearest = ctx.alignment().nearest(c).filter(l -> l.score() >= ctx.thresholds().nearestWorthQuoting());
        String closest = nearest.map(l -> String.format(Locale.ROOT, " The closest statement elsewhere, in %s, is \"%s\".",
                l.b().sourceId(), Claims.abbreviate(l.b().text(), 90))).orElse(" Nothing elsewhere comes close.");
        String specifics = unsupported.isEmpty() ? "" : " Unsupported specifics: "
                + String.join(", ", unsupported.stream().map(s -> "\"" + s.text() + "\"").toList()) + ".";
        String message = String.format(Locale.ROOT, "Only %s states \"%s\".%s%s", c.sourceId(),
                Claims.abbreviate(c.text(), 100), specifics, closest);
        out.add(FindingKind.UNSUPPORTED_CLAIM, severity, message, List.of(out.quote(c, c.span())), List.of(c));
    }

    private static void parts(Findings out, Claim c, List<Specific> unsupported) {
        List<Evidence> ev = new ArrayList<>();
        for (Specific s : unsupported) {
            ev.add(out.quote(c, s.span()));
        }
        String list = String.join(", ", unsupported.stream().map(s -> s.what() + " \"" + s.text() + "\"").toList());
        String message = String.format(Locale.ROOT, "Other sources state \"%s\" but not the %s that %s adds.",
                Claims.abbreviate(c.text(), 90), list, c.sourceId());
        out.add(FindingKind.UNSUPPORTED_CLAIM, Severity.MAJOR, message, ev, List.of(c));
    }

    /** Dates, figures and specific names of {@code c} that no claim of another source gives. */
    private List<Specific> unsupportedSpecifics(DetectionContext ctx, Claim c, Specifics index) {
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
            boolean supported = index.withYears(c, t).stream()
                    .anyMatch(o -> o.datedTimes().stream().anyMatch(x -> sameYears(t, x)
                            && (!day || QuantityExtractor.statesNumber(x.text()) && x.text().chars().anyMatch(Character::isDigit))));
            if (!supported && !supportedByEnclosingDates(index, c, t)) {
                out.add(new Specific(t.span(), t.text(), "date"));
            }
        }
        for (TimeMention t : c.times()) {
            // durations and clock times ("silent for three days", "at 8:50 p.m.") are specifics too
            if (t.interval() != null || t.value() == null || t.value().isEmpty() || !QuantityExtractor.statesNumber(t.text())
                    || !(t.isDuration() && t.value().matches("P(T)?\\d.*") && !isVagueUnit(t) || t.value().matches(".*T\\d\\d:\\d\\d.*")
                    || t.value().matches("XXXX-\\d\\d-\\d\\d"))
                    || out.stream().anyMatch(x -> x.span().overlaps(t.span()))) {
                continue;
            }
            boolean supported = index.withTimeValue(c, t.value()) || isConversion(c, t);
            if (!supported) {
                out.add(new Specific(t.span(), t.text(), t.isDuration() ? "duration" : t.value().startsWith("XXXX") ? "date" : "time"));
            }
        }
        for (Quantity q : c.quantities()) {
            if (!isCheckableFigure(q, ctx, c) || figures.isPartOfTotal(c, q) || ctx.findings().covers(c.sourceId(), q.span(),
                    FindingKind.NUMBER_MISMATCH, FindingKind.INTERNAL_INCONSISTENCY)) {
                continue;
            }
            Optional<FigureFact> fact = index.factOf(c, q);
            boolean supported = fact.isPresent() ? index.supports(fact.get())
                    : index.withUnit(c, q.unit()).stream().anyMatch(o -> o.quantities().stream()
                    .anyMatch(x -> x.unit().equals(q.unit()) && x.agreesWith(q)));
            if (!supported) {
                out.add(new Specific(q.span(), q.text(), "figure"));
            }
        }
        SourceKind kind = ctx.kindOf(c.sourceId());
        // news and reference texts routinely name officials, witnesses and places no other report
        // names; a name alone is a specific to check only where every statement needs support
        boolean namesCount = kind == SourceKind.OVERVIEW || kind == SourceKind.MIRROR || exclusive(ctx, c);
        for (EntityMention m : c.entities()) {
            if (!namesCount || !isSpecificName(m, c) || out.stream().anyMatch(s -> s.span().overlaps(m.span()))
                    || !m.isKnown() && modifiesNoun(c, m)
                    || isAttributed(ctx, c, m) || !m.isKnown() && NameJudge.isLocative(m, c, ctx.lexicon())) {
                continue;
            }
            boolean supported = index.withName(ctx, c, m).stream()
                    .anyMatch(o -> o.entities().stream().anyMatch(x -> sameReferent(ctx, c, m, o, x)
                            || !m.isKnown() && !x.isKnown() && names.compare(m.text(), x.text()).relation() != NameRelation.UNRELATED));
            if (!supported) {
                out.add(new Specific(m.span(), m.text(), "name"));
            }
        }
        // what someone is quoted as saying is theirs, not a specific the text asserts
        out.removeIf(x -> inQuotation(ctx, c, x.span().start()));
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

    /** "11:11 pm local time (10:11 pm UTC)": the time in parentheses restates the one before it. */
    private static boolean isConversion(Claim c, TimeMention t) {
        for (TimeMention p : c.times()) {
            if (p.span().end() <= t.span().start()) {
                String between = c.text().substring(p.span().end() - c.span().start(), t.span().start() - c.span().start());
                if (between.matches("[^()]{0,20}\\(\\s*")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "one day", "about a month": a single unit in words is a manner of speaking, not a measurement. */
    private static boolean isVagueUnit(TimeMention t) {
        return t.value().matches("PT?1[A-Z]") && !t.text().chars().anyMatch(Character::isDigit);
    }

    /**
     * "the World Heavyweight title": a capitalised run that qualifies the common noun after it names a
     * kind of thing, not someone or something the claim introduces.
     */
    private static boolean modifiesNoun(Claim c, EntityMention m) {
        for (Token t : c.tokens()) {
            if (t.span().start() >= m.span().end()) {
                return t.pos().equals("NOUN") && Character.isLowerCase(t.text().charAt(0));
            }
        }
        return false;
    }

    /** Words around a name within which an attribution ("said", "according to") makes it a source. */
    private static final int ATTRIBUTION_REACH = 5;

    /**
     * "according to Tek Bahadur", "Elena Adams said", "citing the Interior Ministry": the name of who
     * says a thing is not a fact the claim states.
     */
    private static boolean isAttributed(DetectionContext ctx, Claim c, EntityMention m) {
        List<Token> toks = c.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!ctx.lexicon().isAttribution(t.lemma()) && !ctx.lexicon().isAttribution(t.lower())) {
                continue;
            }
            int before = t.span().start() - m.span().end();
            int after = m.span().start() - t.span().end();
            long between = toks.stream().filter(x -> before >= 0 ? x.span().start() >= m.span().end()
                    && x.span().end() <= t.span().start() : x.span().start() >= t.span().end()
                    && x.span().end() <= m.span().start()).count();
            if ((before >= 0 || after >= 0) && between <= ATTRIBUTION_REACH) {
                return true;
            }
        }
        return false;
    }

    /**
     * A vague period ("the 1990s") is backed by any date inside it, which the year index finds only
     * when it shares a boundary year; look through the years of the period as well.
     */
    private static boolean supportedByEnclosingDates(Specifics index, Claim c, TimeMention t) {
        if (t.relation() == Relation.RANGE || t.interval().from() == null || t.interval().to() == null) {
            return false;
        }
        int from = t.interval().from().getYear();
        int to = t.interval().to().getYear();
        if (to - from > 100) {
            return false;
        }
        for (int y = from; y <= to; y++) {
            for (Claim o : index.others(c, index.byYear.getOrDefault(y, List.of()))) {
                if (o.datedTimes().stream().anyMatch(x -> sameYears(t, x))) {
                    return true;
                }
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
    private static Set<String> topics(DetectionContext ctx, List<Claim> all) {
        Set<String> out = new HashSet<>();
        Topics.claimCounts(ctx, all, Claim::when, e -> true).forEach((id, n) -> {
            if (n >= ctx.thresholds().topicShare() * all.size()) {
                out.add(id);
            }
        });
        return out;
    }

    /** True when the claim names a state, organisation or person beyond the texts' subject. */
    private static boolean namesBeyondTopic(DetectionContext ctx, Claim c, Set<String> topics) {
        return c.entities().stream().filter(m -> !m.demonym())
                .map(m -> m.resolve(c.when())).flatMap(Optional::stream)
                .anyMatch(e -> e.type() != EntityType.REGION && e.type() != EntityType.CITY
                        && !topics.contains(ctx.kb().governmentOf(e).id()));
    }

    private static boolean sameReferent(DetectionContext ctx, Claim c, EntityMention m, Claim o, EntityMention x) {
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
    private static boolean isCheckableFigure(Quantity q, DetectionContext ctx, Claim c) {
        boolean fact = ctx.figures().stream().anyMatch(f -> f.claim() == c
                && f.readings().stream().anyMatch(r -> r.span().equals(q.span())));
        // "killed only one worker": a figure that says what happened counts, however small
        return fact || !q.unit().isEmpty() && q.value() >= 2;
    }

    /**
     * A record claim is checkable against the world even without a figure: a superlative ("the
     * deadliest", "the smallest difference") or a record word ("the first to regain"). Words inside
     * quotation marks are someone's speech, not the text's claim.
     */
    static boolean exclusive(DetectionContext ctx, Claim c) {
        Lexicon lexicon = ctx.lexicon();
        List<Token> toks = c.tokens();
        boolean negated = toks.stream().anyMatch(t -> lexicon.isNegation(t.lemma()) || lexicon.isNegation(t.lower()));
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (inQuotation(ctx, c, t)) {
                continue;
            }
            // "have not reached another final since": a negated "since" claims a record too
            boolean record = lexicon.isRecord(t.lower()) && (!t.lower().equals("first") || firstAsRecord(toks, i))
                    || negated && t.lower().equals("since");
            boolean most = (t.lower().equals("most") || t.lower().equals("least")) && i + 1 < toks.size()
                    && toks.get(i + 1).pos().equals("ADJ");
            if (record || most || isSuperlative(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the first to regain the title", "the world's first call", "(X was the first)": a record; not
     * "the first round" or "his first defeat", which only count.
     */
    private static boolean firstAsRecord(List<Token> toks, int i) {
        String before = (i >= 2 ? toks.get(i - 2).lower() : "") + (i >= 1 ? toks.get(i - 1).lower() : "");
        boolean possessivePlace = before.matches(".*(world|country|nation)['’]s");
        // "at first" is an idiom for "initially"
        boolean last = (i + 1 >= toks.size() || toks.get(i + 1).pos().equals("PUNCT")) && !(i >= 1 && toks.get(i - 1).lower().equals("at"));
        boolean toVerb = false;
        for (int k = i + 1; k + 1 < Math.min(toks.size(), i + 6); k++) {
            if (toks.get(k).lower().equals("to") && toks.get(k + 1).isVerb()) {
                toVerb = true;
            }
        }
        boolean ever = i + 1 < toks.size() && (toks.get(i + 1).lower().equals("ever") || toks.get(i + 1).lower().equals("time"));
        return possessivePlace || last || toVerb || ever;
    }

    /** "smallest", "deadliest": an adjective in its superlative form. */
    private static boolean isSuperlative(Token t) {
        String w = t.lower();
        return w.length() > 5 && (w.endsWith("iest") || w.endsWith("est") && !w.equals(t.lemma()))
                && (t.pos().equals("ADJ") || t.pos().equals("ADV") || t.pos().equals("NOUN"));
    }

    /** Words inside quotation marks are someone's speech, not the text's own claim. */
    private static boolean inQuotation(DetectionContext ctx, Claim c, Token t) {
        return inQuotation(ctx, c, t.span().start());
    }

    /** Counted from the start of the paragraph, since a quotation may run over several sentences. */
    private static boolean inQuotation(DetectionContext ctx, Claim c, int offset) {
        String text = ctx.sources().stream().filter(s -> s.id().equals(c.sourceId())).findFirst()
                .map(s -> s.source().text()).orElse(c.text());
        int from = text == c.text() ? 0 : Math.max(0, text.lastIndexOf("\n\n", c.span().start()));
        String before = text == c.text() ? c.text().substring(0, offset - c.span().start()) : text.substring(from, offset);
        long open = before.chars().filter(ch -> ch == '“').count();
        long close = before.chars().filter(ch -> ch == '”').count();
        long straight = before.chars().filter(ch -> ch == '"').count();
        return open > close || straight % 2 == 1;
    }

    /** Concrete content: at least two nouns that are not generic discourse words. */
    static boolean concrete(Claim c, Lexicon lexicon) {
        long nouns = c.tokens().stream()
                .filter(t -> t.pos().equals("NOUN"))
                .map(Token::lemma)
                .filter(l -> !lexicon.isGeneric(l) && !lexicon.isStopword(l))
                .distinct().count();
        return nouns >= 2;
    }
}
