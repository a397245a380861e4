package dev.recon.internal.detect;

import dev.recon.Thresholds;
import dev.recon.model.Claim;
import dev.recon.internal.fact.FigureFact;
import dev.recon.internal.fact.Reading;
import dev.recon.kb.EntityMention;
import dev.recon.model.Token;
import dev.recon.model.Quantity;
import dev.recon.model.TimeMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every claim's dates, figures and names, indexed by year, unit and name, so that a specific is
 * looked up among the claims that could support it rather than among all claims.
 */
final class SupportIndex {

    private static final java.util.regex.Pattern MONTH_DAY_VALUE = java.util.regex.Pattern.compile("^(?:\\d{4}|XXXX)(-\\d\\d-\\d\\d)$");
    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile("T(\\d\\d:\\d\\d)");
    private static final java.util.regex.Pattern MONTH_AND_DAY = java.util.regex.Pattern.compile("^(?:\\d{4}|XXXX)-(\\d\\d)-(\\d\\d)$");
    private final Map<Integer, BySource> byYear = new HashMap<>();
    private final Map<String, BySource> byUnit = new HashMap<>();
    private final Map<String, BySource> byName = new HashMap<>();
    private final Map<String, BySource> byTimeValue = new HashMap<>();
    private final Map<java.time.DayOfWeek, BySource> byWeekday = new HashMap<>();
    private final Map<String, BySource> byMonthDay = new HashMap<>();
    private final Map<String, Map<String, List<FigureFact>>> factsByKey = new HashMap<>();
    private final Map<String, FigureFact> factBySpan;
    private final Map<String, List<FigureFact>> factsByClaim = new HashMap<>();

    private final dev.recon.internal.align.AlignmentResult alignment;
    private final Thresholds thresholds;
    /** Which other sources can back a claim: every other one, or against a reference only the reference. */
    private final dev.recon.Comparison comparison;

    SupportIndex(CheckContext ctx, List<Claim> claims) {
        this.alignment = ctx.alignment();
        this.thresholds = ctx.thresholds();
        this.comparison = ctx.comparison();
        this.factBySpan = FigureFact.byReading(ctx.figures());
        for (FigureFact f : ctx.figures()) {
            factsByKey.computeIfAbsent(f.key(), k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(f.sourceId(), k -> new ArrayList<>()).add(f);
            factsByClaim.computeIfAbsent(f.claim().id(), k -> new ArrayList<>()).add(f);
            for (Reading r : f.readings()) {
                factBySpan.put(f.claim().id() + "@" + r.span(), f);
            }
        }
        for (Claim c : claims) {
            for (TimeMention t : c.datedTimes()) {
                if (t.interval().from() != null) {
                    byYear.computeIfAbsent(t.interval().from().getYear(), k -> new BySource()).add(c);
                }
                if (t.interval().to() != null) {
                    byYear.computeIfAbsent(t.interval().to().getYear(), k -> new BySource()).add(c);
                }
            }
            // "died Saturday": a weekday without a date still tells which day it was
            for (Token tok : c.tokens()) {
                weekday(tok.lower()).ifPresent(d -> byWeekday.computeIfAbsent(d, k -> new BySource()).add(c));
            }
            for (TimeMention t : c.times()) {
                if (t.value() != null) {
                    byTimeValue.computeIfAbsent(t.value(), k -> new BySource()).add(c);
                    timeOfDay(t.value()).ifPresent(k -> byTimeValue.computeIfAbsent(k, x -> new BySource()).add(c));
                    // "January 16" with no year known matches any 16 January
                    java.util.regex.Matcher md = MONTH_DAY_VALUE.matcher(t.value());
                    if (md.find()) {
                        byTimeValue.computeIfAbsent("md:" + md.group(1), x -> new BySource()).add(c);
                    }
                }
                monthDay(t).ifPresent(k -> byMonthDay.computeIfAbsent(k, x -> new BySource()).add(c));
            }
            for (Quantity q : c.quantities()) {
                byUnit.computeIfAbsent(q.unit(), k -> new BySource()).add(c);
            }
            for (EntityMention m : c.entities()) {
                for (String key : nameKeys(ctx, c, m)) {
                    byName.computeIfAbsent(key, k -> new BySource()).add(c);
                }
            }
        }
    }

    /**
     * Claims of other sources that give a date in one of these years. Lazy, like every look-up here:
     * callers stop at the first claim that backs them, which matters when a long source repeats a year
     * thousands of times.
     */
    Stream<Claim> withYears(Claim c, TimeMention t) {
        Stream<Claim> from = t.interval().from() == null ? Stream.empty()
                : byYear.getOrDefault(t.interval().from().getYear(), BySource.NONE).comparedWith(c, comparison);
        Stream<Claim> to = t.interval().to() == null ? Stream.empty()
                : byYear.getOrDefault(t.interval().to().getYear(), BySource.NONE).comparedWith(c, comparison);
        return others(Stream.concat(from, to));
    }

    /** True when another source states a figure of something this claim gives a figure of. */
    boolean sharesFact(Claim c) {
        return factsByClaim.getOrDefault(c.id(), List.of()).stream().anyMatch(f -> factsComparedWith(f)
                .anyMatch(o -> o.sameSubject(f)));
    }

    Optional<FigureFact> factOf(Claim c, Quantity q) {
        return Optional.ofNullable(factBySpan.get(FigureFact.place(c, q.span())));
    }

    /** True when another source states the same figure of the same thing. */
    boolean supports(FigureFact f) {
        return factsComparedWith(f).anyMatch(o -> o.sameSubject(f) && o.sameTimes(f, thresholds.runningCountDays())
                && o.agreesWith(f, thresholds.runningCountRatio()));
    }

    /** Facts of the same thing in the sources compared with {@code f}'s, never walking its own source's. */
    private Stream<FigureFact> factsComparedWith(FigureFact f) {
        return factsByKey.getOrDefault(f.key(), Map.of()).entrySet().stream()
                .filter(e -> comparison.compares(e.getKey(), f.sourceId())).flatMap(e -> e.getValue().stream());
    }

    /** "Dec. 31, 2022" is backed by another source's "Saturday" when that date was a Saturday. */
    boolean withWeekdayOf(Claim c, TimeMention t) {
        if (t.interval() == null || t.interval().from() == null || !t.interval().from().equals(t.interval().to())) {
            return false;
        }
        // only a statement of the same thing: "Monday night" elsewhere says nothing of a holiday on 16 January
        Set<Claim> linked = new java.util.HashSet<>();
        alignment.linksOf(c).forEach(l -> linked.add(l.a() == c ? l.b() : l.a()));
        return others(byWeekday.getOrDefault(t.interval().from().getDayOfWeek(), BySource.NONE).comparedWith(c, comparison))
                .anyMatch(linked::contains);
    }

    /** The days of the week by their lower-case English names: looked up for every token of every claim. */
    private static final Map<String, java.time.DayOfWeek> WEEKDAYS = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(d -> d.name().toLowerCase(Locale.ROOT), d -> d));

    private static Optional<java.time.DayOfWeek> weekday(String lower) {
        return Optional.ofNullable(WEEKDAYS.get(lower));
    }

    /** True when another source gives a duration or clock time of the same value. */
    boolean withTimeValue(Claim c, String value) {
        if (value.startsWith("XXXX-")) {
            value = "md:" + value.substring(4);
        }
        return byTimeValue.getOrDefault(value, BySource.NONE).comparedWith(c, comparison).findAny().isPresent()
                || timeOfDay(value).map(k -> byTimeValue.getOrDefault(k, BySource.NONE).comparedWith(c, comparison)
                .findAny().isPresent()).orElse(false);
    }

    /** "Lula will take office on January 1" is backed by "sworn in on 1 January 2023". */
    boolean withMonthDay(Claim c, TimeMention t) {
        boolean yearless = !t.text().matches("(?s).*\\d{4}.*");
        return monthDay(t).map(k -> others(byMonthDay.getOrDefault(k, BySource.NONE).comparedWith(c, comparison))
                .anyMatch(o -> yearless || o.times().stream().anyMatch(x -> monthDay(x).equals(Optional.of(k))
                        && !x.text().matches("(?s).*\\d{4}.*")))).orElse(false);
    }

    /** "11:11 pm" and "23:11" are one time of day, whatever date each is attached to. */
    private static Optional<String> timeOfDay(String value) {
        java.util.regex.Matcher m = TIME_OF_DAY.matcher(value);
        return m.find() ? Optional.of("tod:" + m.group(1)) : Optional.empty();
    }

    /** The month and day a mention names, from its value: "1 January 2023" and "January 1" alike. */
    private static Optional<String> monthDay(TimeMention t) {
        java.util.regex.Matcher m = MONTH_AND_DAY.matcher(t.value() == null ? "" : t.value());
        return m.find() ? Optional.of(m.group(1) + "-" + m.group(2)) : Optional.empty();
    }

    /** Claims of other sources that give a date in year {@code year}. */
    Stream<Claim> inYear(Claim c, int year) {
        return others(byYear.getOrDefault(year, BySource.NONE).comparedWith(c, comparison));
    }

    Stream<Claim> withUnit(Claim c, String unit) {
        return others(byUnit.getOrDefault(unit, BySource.NONE).comparedWith(c, comparison));
    }

    Stream<Claim> withName(CheckContext ctx, Claim c, EntityMention m) {
        return others(nameKeys(ctx, c, m).stream().flatMap(key -> byName.getOrDefault(key, BySource.NONE).comparedWith(c, comparison)));
    }

    /** Each claim once, though several keys led to it. */
    private static Stream<Claim> others(Stream<Claim> claims) {
        return claims.distinct();
    }

    /**
     * The claims under one key, by source, so that a look-up for a claim walks only the sources compared
     * with its own: a long source that repeats a year thousands of times costs its own claims nothing.
     */
    private static final class BySource {
        static final BySource NONE = new BySource();
        private final Map<String, List<Claim>> lists = new java.util.LinkedHashMap<>();

        void add(Claim c) {
            lists.computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c);
        }

        Stream<Claim> comparedWith(Claim c, dev.recon.Comparison comparison) {
            return lists.entrySet().stream().filter(e -> comparison.compares(e.getKey(), c.sourceId()))
                    .flatMap(e -> e.getValue().stream());
        }
    }

    private static List<String> nameKeys(CheckContext ctx, Claim c, EntityMention m) {
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
