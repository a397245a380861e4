package dev.recon.internal.time;

import dev.recon.model.Relation;
import dev.recon.model.TimeInterval;
import dev.recon.model.TimeMention;
import dev.recon.model.Timex;
import dev.recon.model.TimexType;
import dev.recon.model.Span;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in English text and normalises them to TIMEX3 values, following the
 * TimeML annotation guidelines for extents (modifiers such as "early" and "almost" inside; the
 * preposition that relates the time to an event outside). Rule-based and deterministic: the same text
 * and creation time always give the same result. Immutable and thread-safe.
 *
 * <p>Expressions without a year ("February 26th") and relative ones ("last year", "Friday") are resolved
 * against a document creation time when one is given — looking back by default and ahead in sentences
 * about the future — and otherwise narrative-style, from the nearest explicit year in the same sentence
 * or before it.
 */
public final class TimexTagger {

    static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?"
            + "|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String MON = "(?<mon>" + MONTH_NAMES + ")";
    private static final String MON2 = "(?<mon2>" + MONTH_NAMES + ")";
    private static final String DAY = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String DAY2 = "(?<day2>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>1\\d{3}|20\\d{2})";
    private static final String L = "(?<![\\p{L}\\d])";
    private static final String R = "(?![\\p{L}\\d])";
    private static final String NOT_MORE_NUMBER = "(?![\\d]|[.,]\\d)";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String UNITS = "years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century";
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|a hundred|a thousand|a few|few|several|many|some|a couple of|a|an";
    /** Words before a duration that TimeML keeps inside its extent, with the mod they give. */
    private static final String DURATION_MODIFIER = "(?<dmod>almost|nearly|about|around|approximately|roughly|some"
            + "|more than|over|less than|under|at least|up to|at most|just over|just under)\\s+";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100),
            Map.entry("a thousand", 1000), Map.entry("a couple of", 2));
    private static final Map<String, String> PART_OF_DAY = Map.of("morning", "MO", "afternoon", "AF",
            "evening", "EV", "night", "NI");
    private static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "fall", "FA",
            "autumn", "FA", "winter", "WI");

    /** Offsets beyond this many units ago leave the calendar ("10,000 years ago"): a past reference. */
    private static final long MAX_AGO = 2000;

    private record Candidate(int start, int end, int priority, BiFunction<Matcher, Resolver, TimeMention> make,
                             Matcher matcher) {
        int length() {
            return end - start;
        }
    }

    /** One pattern, its priority among matches of equal length, and what builds a mention from a match. */
    record Rule(Pattern pattern, int priority, BiFunction<Matcher, Resolver, TimeMention> make) {
    }

    private final List<Rule> rules;
    private final Clock clock;

    /** A tagger that reads two-digit years without a creation time relative to today's date. */
    public TimexTagger() {
        this(Clock.systemUTC());
    }

    /**
     * @param clock the clock that dates text without a creation time, for the one decision that needs
     *              "now": which century a two-digit year such as '12 belongs to
     */
    public TimexTagger(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        List<Rule> r = new ArrayList<>();
        // 2019-02-26, optionally with a time of day
        r.add(rule(L + "(?<y>\\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?:T(?<t>\\d{2}:\\d{2}))?" + R, 9,
                (m, res) -> single(m, TimexType.DATE, m.group("y") + "-" + m.group("m") + "-" + m.group("d")
                        + (m.group("t") == null ? "" : "T" + m.group("t")), res)));
        // 19-Nov-12, 19-Nov-2012: a two-digit year is read within a century of the creation time
        r.add(rule(L + DAY + "[-\\s](?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[-\\s](?<yy>\\d{2}|\\d{4})" + R, 8,
                (m, res) -> single(m, TimexType.DATE, ymd(fullYear(m.group("yy"), res, clock), m.group("mon"), m.group("day")), res)));
        // February 27–28, 2019
        r.add(rule(L + MON + "\\s+" + DAY + "\\s*(?:–|—|-|to|and|&)\\s*" + DAY2 + ",?\\s+" + YEAR + NOT_MORE_NUMBER, 8,
                (m, res) -> dayRange(m, m.group("year"), res)));
        // January 31, 1950
        r.add(rule(L + MON + "\\s+" + DAY + ",?\\s+" + YEAR + NOT_MORE_NUMBER, 7,
                (m, res) -> single(m, TimexType.DATE, ymd(m.group("year"), m.group("mon"), m.group("day")), res)));
        // 1 November 2017, 31st of January 1950
        r.add(rule(L + DAY + "\\s+(?:of\\s+)?" + MON + ",?\\s+" + YEAR + NOT_MORE_NUMBER, 7,
                (m, res) -> single(m, TimexType.DATE, ymd(m.group("year"), m.group("mon"), m.group("day")), res)));
        // November–December 1958
        r.add(rule(L + MON + "\\s*(?:–|—|-|to|and)\\s*" + MON2 + ",?\\s+" + YEAR + NOT_MORE_NUMBER, 8,
                (m, res) -> monthRange(m, res)));
        // July 1957
        r.add(rule(L + MON + ",?\\s+(?:of\\s+)?" + YEAR + NOT_MORE_NUMBER, 6,
                (m, res) -> single(m, TimexType.DATE, m.group("year") + "-" + month(m.group("mon")), res)));
        // March 1st and 2nd (no year: resolved from context)
        r.add(rule(L + MON + "\\s+" + DAY + "\\s*(?:–|—|-|to|and|&)\\s*" + DAY2 + R + "(?!,?\\s*\\d)", 5,
                (m, res) -> dayRange(m, null, res)));
        // February 26th
        r.add(rule(L + MON + "\\s+" + DAY + R + "(?!,?\\s*\\d)(?!:)", 4,
                (m, res) -> single(m, TimexType.DATE, ymd(null, m.group("mon"), m.group("day")), res)));
        // 26 February
        r.add(rule(L + DAY + "\\s+(?:of\\s+)?" + MON + R + "(?!,?\\s*\\d)", 4,
                (m, res) -> single(m, TimexType.DATE, ymd(null, m.group("mon"), m.group("day")), res)));
        // last May, this June, next October
        r.add(rule("(?<rel>[Ll]ast|[Tt]his|[Nn]ext)\\s+" + MON + R + "(?!\\s*\\d)", 5,
                (m, res) -> relativeMonth(m, res)));
        // a bare month name: "in October", "August", but not the verb "may" or a sentence-initial "March on"
        r.add(rule(L + MON + R + "(?!\\s*\\d)", 3, (m, res) -> bareMonth(m, res)));
        // last summer, this spring, summer 2010, the winter of 1941
        r.add(rule("(?i)" + L + "(?:(?<srel>last|this|next|the coming|the past)\\s+)?(?<season>spring|summer|fall|autumn|winter)"
                + "(?:\\s+(?:of\\s+)?(?<syear>1\\d{3}|20\\d{2}))?" + R, 3, (m, res) -> season(m, res)));
        // 1955–1975, 1962–70
        r.add(rule(L + YEAR + "\\s*(?:–|—|-|/)\\s*(?<year2>1\\d{3}|20\\d{2}|\\d{2})" + NOT_MORE_NUMBER + R, 6,
                (m, res) -> yearRange(m, res)));
        // 1990s, the 1990s, the '90s
        r.add(rule("(?i)" + L + "(?:the\\s+)?(?:(?<dmod>early|mid|late)[-\\s]+)?(?:(?<dec>1\\d{2}|20\\d)0|['’](?<short>\\d)0)['’]?s" + R, 6,
                (m, res) -> decade(m, res)));
        // 20th century
        r.add(rule("(?i)" + L + "(?<ord>\\d{1,2})(?:st|nd|rd|th)[-\\s]+century" + R, 6,
                (m, res) -> single(m, TimexType.DATE, String.format(Locale.ROOT, "%02d",
                        Integer.parseInt(m.group("ord")) - 1), res)));
        // a bare year: 1950, "in 1976 to become", "(1966: 12.3 million"
        // ("including 1404 in a critical state" counts people, not years)
        r.add(rule(L + "(?<![$€£¥]\\s?)(?<!(?i:including|includes|excluding|among|total of) )" + YEAR + NOT_MORE_NUMBER + R
                + "(?!\\s*(?:%|percent|per cent|GMT|UTC|[a-z]+s\\b(?<!years)(?<!days)(?<!months)(?<!was)(?<!has)(?<!is)(?<!as)))", 2,
                (m, res) -> single(m, TimexType.DATE, m.group("year"), res)));
        // six years ago, a month ago
        r.add(rule("(?i)" + L + "(?:(?<amod>about|some|nearly|almost|roughly|around|more than|less than)\\s+)?"
                + "(?:(?<anum>\\d{1,4})|(?<aword>" + NUMBER_WORDS + "))[\\s-]+(?<aunit>years?|months?|weeks?|days?|decades?)\\s+ago" + R, 7,
                (m, res) -> ago(m, res)));
        // the past two years, the next few months, the following decade: spans with their article
        r.add(rule("(?i)" + L + "the\\s+(?<dir>past|last|next|coming|following|previous|first|final)\\s+"
                + "(?:(?<tnum>\\d{1,6})|(?<tword>" + NUMBER_WORDS + ")\\s+)?(?<tunit>" + UNITS + ")" + R, 5,
                (m, res) -> theUnits(m, res)));
        // almost seven years, 60 years, a decade, several months, 60-hour
        r.add(rule("(?i)" + L + "(?:" + DURATION_MODIFIER + ")?(?:(?<num>\\d{1,6}(?:\\.\\d+)?)|(?<word>" + NUMBER_WORDS + "))[\\s-]+"
                + "(?<unit>" + UNITS + ")(?:['’](?!s))?" + R + "(?![-\\s]+(?:old|older|of age)\\b)"
                + "(?<!\\b(?:aged?|ages)\\s{1,3}\\S{1,12}\\s{1,3}\\S{1,9})", 5,
                (m, res) -> duration(m, res)));
        // for years, within days, recent weeks: a bare plural unit as a stretch of time
        r.add(rule("(?i)(?:(?<=\\b(?:for|within|over|after|in)\\s)|" + L + "(?<recent>recent)\\s+)"
                + "(?<bunit>years|months|weeks|days|hours|minutes|decades)" + R, 3,
                (m, res) -> bareUnits(m, res)));
        // now, today, currently, the past, at the time
        r.add(rule("(?i)" + L + "(?<ref>now|nowadays|today|currently|at present|present[- ]day|the present|"
                + "recently|recent (?:years|decades|months|times)|the past|the future|at the time|"
                + "yesterday|tomorrow|tonight)" + R, 3,
                (m, res) -> reference(m, res)));
        // last year, this week, next month, the last week, this fiscal year
        r.add(rule("(?i)" + L + "(?<rel>last|this|next|the last|the past|the previous|the coming)\\s+"
                + "(?:(?:fiscal|financial|calendar|school|academic)\\s+)?(?<unit2>year|month|week|decade|quarter)" + R, 4,
                (m, res) -> relativeUnit(m, res)));
        // the end of the year, the start of the month
        r.add(rule("(?i)" + L + "the\\s+(?<edge>end|beginning|start|middle)\\s+of\\s+(?:the\\s+|this\\s+)?(?<eunit>year|month|week)" + R, 4,
                (m, res) -> edgeOf(m, res)));
        // Friday afternoon, Sunday night
        r.add(rule(L + "(?<pwd>" + WEEKDAYS + ")\\s+(?<part>morning|afternoon|evening|night)" + R, 5,
                (m, res) -> weekdayPart(m, res)));
        // 8 p.m., 15:00 GMT, 3:30 pm Saturday
        r.add(rule("(?i)(?<![\\p{L}\\d:])(?<hh>[01]?\\d|2[0-3])(?::(?<mm>[0-5]\\d))?\\s*(?:(?<ampm>a\\.m\\.|p\\.m\\.|am|pm)|"
                + "(?<=:\\d\\d)(?:\\s*(?<zone>GMT|UTC|ET|EST|EDT|CET|BST|PT|PST))?)"
                + "(?:\\s+(?<twd>" + WEEKDAYS + "))?(?![\\p{L}\\d:])", 5,
                (m, res) -> clock(m, res)));
        // Monday ... Sunday
        r.add(rule(L + "(?<wd>" + WEEKDAYS + ")" + R, 3, (m, res) -> weekday(m, res)));
        // every year, annually
        r.add(rule("(?i)" + L + "(?:(?:each|every)\\s+(?<setunit>year|month|week|day|season|morning|night)|"
                + "(?<adv>annually|yearly|monthly|weekly|daily))" + R, 3,
                (m, res) -> set(m, res)));
        // years before the common era, early years, centuries and millennia by name
        r.addAll(new EraRules(EraWords.english()).rules());
        this.rules = List.copyOf(r);
    }

    private static Rule rule(String regex, int priority, BiFunction<Matcher, Resolver, TimeMention> make) {
        return new Rule(Pattern.compile(regex), priority, make);
    }

    /** Tags narrative text with no document creation time. */
    public List<TimeMention> tag(String text) {
        return tag(text, null);
    }

    /**
     * Tags {@code text}.
     *
     * @param dct the document creation time, or null to resolve narrative-style
     */
    public List<TimeMention> tag(String text, LocalDate dct) {
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    // a matcher of its own keeps this match's groups; transparent bounds let lookbehinds
                    // see the text before the region
                    Matcher copy = rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    copy.region(m.start(), text.length());
                    if (copy.lookingAt()) {
                        candidates.add(new Candidate(m.start(), m.end(), rule.priority, rule.make, copy));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
                .thenComparingInt(Candidate::start));
        Resolver resolver = new Resolver(text, dct);
        List<TimeMention> out = new ArrayList<>();
        // spans taken so far, by start; they never overlap, so the one starting last before a candidate's
        // end is the only one that can overlap it
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        for (Candidate c : candidates) {
            java.util.Map.Entry<Integer, Integer> before = taken.lowerEntry(c.end);
            if (before != null && before.getValue() > c.start) {
                continue;
            }
            TimeMention t = c.make.apply(c.matcher, resolver);
            if (t != null) {
                taken.put(c.start, c.end);
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(t -> t.span().start()));
        // explicit years first, so that year-less dates can lean on them
        out.forEach(resolver::noteYears);
        List<TimeMention> resolved = new ArrayList<>();
        for (TimeMention t : out) {
            resolved.add(resolver.resolve(t));
        }
        return combineRanges(text, resolved, resolver);
    }

    // ---- builders -------------------------------------------------------------------------------

    private static TimeMention single(Matcher m, TimexType type, String value, Resolver res) {
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), type, value, "")));
    }

    private static TimeMention dayRange(Matcher m, String year, Resolver res) {
        String mon = month(m.group("mon"));
        String y = year == null ? "XXXX" : year;
        int dashStart = m.end("day");
        while (dashStart < m.end() && Character.isLetter(res.text.charAt(dashStart))) {
            dashStart++;
        }
        Span first = new Span(m.start(), dashStart);
        Span second = new Span(m.start("day2"), m.end());
        return res.range(
                new Timex(first, first.of(res.text), TimexType.DATE, y + "-" + mon + "-" + pad(m.group("day")), ""),
                new Timex(second, second.of(res.text), TimexType.DATE, y + "-" + mon + "-" + pad(m.group("day2")), ""));
    }

    private static TimeMention monthRange(Matcher m, Resolver res) {
        String y = m.group("year");
        Span first = new Span(m.start("mon"), m.end("mon"));
        Span second = new Span(m.start("mon2"), m.end());
        return res.range(
                new Timex(first, first.of(res.text), TimexType.DATE, y + "-" + month(m.group("mon")), ""),
                new Timex(second, second.of(res.text), TimexType.DATE, y + "-" + month(m.group("mon2")), ""));
    }

    private static TimeMention bareMonth(Matcher m, Resolver res) {
        String mon = m.group("mon");
        if (mon.endsWith(".") || mon.length() == 3 || mon.equals("Sept")) {
            return null;
        }
        int sentence = res.sentenceStart(m.start());
        boolean sentenceStart = sentence >= m.start() - 1 || blankBack(res.text, sentence, m.start());
        if ((mon.equals("May") || mon.equals("March")) && sentenceStart) {
            String before = res.text.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(Locale.ROOT);
            if (!before.matches(".*\\b(in|last|next|this|early|late|mid|since|until|by)[\\s-]$")) {
                return null;
            }
        }
        return single(m, TimexType.DATE, "XXXX-" + month(mon), res);
    }

    /** True when only blanks lie between {@code from} and {@code to}, read from the end (so it stops at once). */
    private static boolean blankBack(String text, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static TimeMention relativeMonth(Matcher m, Resolver res) {
        if (res.dct == null) {
            return null;
        }
        int mon = Integer.parseInt(month(m.group("mon")));
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int year = res.dct.getYear();
        if (rel.equals("last") && mon >= res.dct.getMonthValue()) {
            year--;
        } else if (rel.equals("next") && mon <= res.dct.getMonthValue()) {
            year++;
        }
        return single(m, TimexType.DATE, String.format(Locale.ROOT, "%d-%02d", year, mon), res);
    }

    private static TimeMention season(Matcher m, Resolver res) {
        String code = SEASONS.get(m.group("season").toLowerCase(Locale.ROOT));
        String rel = m.group("srel") == null ? "" : m.group("srel").toLowerCase(Locale.ROOT);
        String year;
        if (m.group("syear") != null) {
            year = m.group("syear");
        } else if (res.dct != null && !rel.isEmpty()) {
            year = Integer.toString(res.dct.getYear() + (rel.contains("last") || rel.contains("past") ? -1
                    : rel.contains("next") || rel.contains("coming") ? 1 : 0));
        } else if (rel.isEmpty()) {
            // a bare season name is a date only with a year or a determiner that anchors it
            return null;
        } else {
            year = "XXXX";
        }
        return single(m, TimexType.DATE, year + "-" + code, res);
    }

    private static TimeMention yearRange(Matcher m, Resolver res) {
        String y1 = m.group("year");
        String y2 = m.group("year2");
        if (y2.length() == 2) {
            y2 = y1.substring(0, 2) + y2;
        }
        if (Integer.parseInt(y2) <= Integer.parseInt(y1)) {
            return null;
        }
        Span first = new Span(m.start("year"), m.end("year"));
        Span second = new Span(m.start("year2"), m.end("year2"));
        return res.range(new Timex(first, first.of(res.text), TimexType.DATE, y1, ""),
                new Timex(second, second.of(res.text), TimexType.DATE, y2, ""));
    }

    private static TimeMention decade(Matcher m, Resolver res) {
        String digits = m.group("dec") != null ? m.group("dec") : "19" + m.group("short");
        String mod = m.group("dmod") == null ? "" : switch (m.group("dmod").toLowerCase(Locale.ROOT)) {
            case "early" -> "START";
            case "mid" -> "MID";
            default -> "END";
        };
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.DATE, digits + "X", mod)));
    }

    private static String amount(String digits, String word) {
        if (digits != null) {
            return digits;
        }
        Integer n = NUMBERS.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return n == null ? "X" : Integer.toString(n);
    }

    /** The TIMEX3 duration code of a unit: "Y", "M", "W", "D", "TH", "TM", "TS". */
    private static String unitCode(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("year") || u.startsWith("decade") || u.startsWith("centur")) {
            return "Y";
        }
        if (u.startsWith("month")) {
            return "M";
        }
        if (u.startsWith("week")) {
            return "W";
        }
        if (u.startsWith("day")) {
            return "D";
        }
        if (u.startsWith("hour")) {
            return "TH";
        }
        return u.startsWith("minute") ? "TM" : "TS";
    }

    private static String durationValue(String amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        String n = amount;
        if (!n.equals("X") && (u.startsWith("decade") || u.startsWith("centur"))) {
            n = Integer.toString((int) Math.round(Double.parseDouble(n) * (u.startsWith("decade") ? 10 : 100)));
        }
        String code = unitCode(u);
        return code.startsWith("T") ? "PT" + n + code.substring(1) : "P" + n + code;
    }

    private static TimeMention duration(Matcher m, Resolver res) {
        String unit = m.group("unit");
        String word = m.group("word");
        if (word != null && (word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an") || word.equalsIgnoreCase("one"))
                && unit.toLowerCase(Locale.ROOT).startsWith("second") && m.group("dmod") == null) {
            // "a second", "one second" are as often ordinals and counts as durations
            return null;
        }
        if (unit.toLowerCase(Locale.ROOT).endsWith("s") && word != null && NUMBERS.getOrDefault(word.toLowerCase(Locale.ROOT), 0) == 1) {
            return null;
        }
        String mod = m.group("dmod") == null ? "" : switch (m.group("dmod").toLowerCase(Locale.ROOT)) {
            case "almost", "nearly", "less than", "under", "just under" -> "LESS_THAN";
            case "more than", "over", "just over" -> "MORE_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "up to", "at most" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.DURATION,
                durationValue(amount(m.group("num"), word), unit), mod)));
    }

    private static TimeMention theUnits(Matcher m, Resolver res) {
        String unit = m.group("tunit").toLowerCase(Locale.ROOT);
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        boolean plural = unit.endsWith("s") && !unit.equals("centuries") || unit.equals("centuries");
        boolean counted = m.group("tnum") != null || m.group("tword") != null;
        if (!plural && !counted && (dir.equals("past") || dir.equals("last") || dir.equals("previous"))) {
            // "the last week": the week before, a date
            return relativeDate(m, res, unit, -1);
        }
        if (!plural && !counted && (dir.equals("first") || dir.equals("final"))) {
            return null;
        }
        String amount = counted ? amount(m.group("tnum"), m.group("tword")) : plural ? "X" : "1";
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.DURATION, durationValue(amount, unit), "")));
    }

    private static TimeMention bareUnits(Matcher m, Resolver res) {
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.DURATION,
                durationValue("X", m.group("bunit")), "")));
    }

    private static TimeMention ago(Matcher m, Resolver res) {
        String amount = amount(m.group("anum"), m.group("aword"));
        String unit = m.group("aunit").toLowerCase(Locale.ROOT);
        String mod = m.group("amod") == null ? "" : "APPROX";
        String value;
        if (res.dct == null || amount.equals("X") || Long.parseLong(amount) > MAX_AGO) {
            value = "PAST_REF";
        } else {
            long n = Long.parseLong(amount);
            LocalDate d = res.dct;
            if (unit.startsWith("year")) {
                // four digits, so that "1500 years ago" is the year 0513, not the decade 5130
                value = Years.timexYear(d.minusYears(n).getYear());
            } else if (unit.startsWith("decade")) {
                int y = d.minusYears(10 * n).getYear();
                value = y < 1 ? "PAST_REF" : Years.timexYear(y).substring(0, 3) + "X";
            } else if (unit.startsWith("month")) {
                value = d.minusMonths(n).toString().substring(0, 7);
            } else if (unit.startsWith("week")) {
                LocalDate w = d.minusWeeks(n);
                value = String.format(Locale.ROOT, "%d-W%02d", w.get(IsoFields.WEEK_BASED_YEAR), w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            } else {
                value = d.minusDays(n).toString();
            }
        }
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.DATE, value, mod)));
    }

    private static TimeMention reference(Matcher m, Resolver res) {
        String ref = m.group("ref").toLowerCase(Locale.ROOT);
        String value;
        switch (ref) {
            case "yesterday", "tomorrow", "today", "tonight" -> {
                if (res.dct == null) {
                    if (!ref.equals("today")) {
                        return null;
                    }
                    value = "PRESENT_REF";
                } else {
                    value = res.dct.plusDays(ref.equals("yesterday") ? -1 : ref.equals("tomorrow") ? 1 : 0)
                            + (ref.equals("tonight") ? "TNI" : "");
                }
            }
            default -> value = ref.contains("past") || ref.contains("recent") || ref.equals("at the time") ? "PAST_REF"
                    : ref.contains("future") ? "FUTURE_REF" : "PRESENT_REF";
        }
        return single(m, ref.equals("tonight") ? TimexType.TIME : TimexType.DATE, value, res);
    }

    private static TimeMention relativeUnit(Matcher m, Resolver res) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int step = rel.equals("this") ? 0 : (rel.contains("next") || rel.contains("coming")) ? 1 : -1;
        return relativeDate(m, res, m.group("unit2").toLowerCase(Locale.ROOT), step);
    }

    private static TimeMention relativeDate(Matcher m, Resolver res, String unit, int step) {
        if (res.dct == null) {
            return null;
        }
        LocalDate d = res.dct;
        String value = switch (unit) {
            case "year" -> Integer.toString(d.getYear() + step);
            case "month" -> d.plusMonths(step).toString().substring(0, 7);
            case "week" -> {
                LocalDate w = d.plusWeeks(step);
                yield String.format(Locale.ROOT, "%d-W%02d", w.get(IsoFields.WEEK_BASED_YEAR),
                        w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "quarter" -> {
                LocalDate q = d.plusMonths(3L * step);
                yield q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
            }
            case "day" -> d.plusDays(step).toString();
            case "decade" -> (d.getYear() / 10 + step) + "X";
            default -> null;
        };
        return value == null ? null : single(m, TimexType.DATE, value, res);
    }

    private static TimeMention edgeOf(Matcher m, Resolver res) {
        if (res.dct == null) {
            return null;
        }
        String unit = m.group("eunit").toLowerCase(Locale.ROOT);
        String value = switch (unit) {
            case "year" -> Integer.toString(res.dct.getYear());
            case "month" -> res.dct.toString().substring(0, 7);
            default -> String.format(Locale.ROOT, "%d-W%02d", res.dct.get(IsoFields.WEEK_BASED_YEAR),
                    res.dct.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
        String mod = switch (m.group("edge").toLowerCase(Locale.ROOT)) {
            case "end" -> "END";
            case "middle" -> "MID";
            default -> "START";
        };
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.DATE, value, mod)));
    }

    private static TimeMention weekdayPart(Matcher m, Resolver res) {
        String part = PART_OF_DAY.get(m.group("part").toLowerCase(Locale.ROOT));
        Span span = new Span(m.start(), m.end());
        String day = res.dct == null ? "XXXX-XX-XX"
                : res.weekday(DayOfWeek.valueOf(m.group("pwd").toUpperCase(Locale.ROOT)), span).toString();
        return single(m, TimexType.TIME, day + "T" + part, res);
    }

    private static TimeMention clock(Matcher m, Resolver res) {
        String ampm = m.group("ampm");
        boolean hasMinutes = m.group("mm") != null;
        if (ampm == null && !hasMinutes) {
            return null;
        }
        int hh = Integer.parseInt(m.group("hh"));
        if (ampm != null) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            if (hh > 12 || hh == 0) {
                return null;
            }
            hh = pm ? (hh % 12) + 12 : hh % 12;
        }
        Span span = new Span(m.start(), m.end());
        String day = "XXXX-XX-XX";
        if (res.dct != null) {
            day = m.group("twd") != null
                    ? res.weekday(DayOfWeek.valueOf(m.group("twd").toUpperCase(Locale.ROOT)), span).toString()
                    : res.dct.toString();
        }
        String time = String.format(Locale.ROOT, "%02d", hh) + (hasMinutes ? ":" + m.group("mm") : "");
        return single(m, TimexType.TIME, day + "T" + time, res);
    }

    private static TimeMention weekday(Matcher m, Resolver res) {
        if (res.dct == null) {
            return null;
        }
        Span span = new Span(m.start(), m.end());
        LocalDate d = res.weekday(DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT)), span);
        return single(m, TimexType.DATE, d.toString(), res);
    }

    private static TimeMention set(Matcher m, Resolver res) {
        String unit = m.group("setunit") != null ? m.group("setunit") : m.group("adv");
        String value = switch (unit.toLowerCase(Locale.ROOT)) {
            case "year", "annually", "yearly" -> "XXXX";
            case "month", "monthly" -> "XXXX-XX";
            case "week", "weekly" -> "XXXX-WXX";
            case "season" -> "XXXX-XX";
            case "morning" -> "XXXX-XX-XXTMO";
            case "night" -> "XXXX-XX-XXTNI";
            default -> "XXXX-XX-XX";
        };
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.SET, value, "")));
    }

    /** Joins "1955 – 1975", "between 1998 and 2002" and "from 1962 to 1970" into one range mention. */
    private static List<TimeMention> combineRanges(String text, List<TimeMention> in, Resolver res) {
        List<TimeMention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            TimeMention a = in.get(i);
            if (i + 1 < in.size() && a.relation() != Relation.RANGE && a.interval() != null) {
                TimeMention b = in.get(i + 1);
                String gap = text.substring(a.span().end(), b.span().start());
                String signal = res.signalBefore(a.span().start()).orElse("");
                boolean joins = b.interval() != null && b.relation() != Relation.RANGE
                        && ((signal.equals("between") && gap.matches("\\s+and\\s+"))
                        || (signal.equals("from") && gap.matches("\\s*(?:to|until|till|through|–|—|-)\\s*"))
                        || gap.matches("\\s*[–—]\\s*"));
                if (joins && a.interval().from() != null && b.interval().to() != null
                        && !a.interval().from().isAfter(b.interval().to())) {
                    List<Timex> parts = new ArrayList<>(a.parts());
                    parts.addAll(b.parts());
                    Span span = a.span().union(b.span());
                    out.add(new TimeMention(span, span.of(text), parts, Relation.RANGE,
                            a.value() + "/" + b.value(), new TimeInterval(a.interval().from(), b.interval().to())));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static String fullYear(String yy, Resolver res, Clock clock) {
        if (yy.length() == 4) {
            return yy;
        }
        // the century that puts the year at most ten years after the reference year
        int reference = res.dct != null ? res.dct.getYear() : LocalDate.now(clock).getYear();
        int candidate = reference / 100 * 100 + Integer.parseInt(yy);
        return Integer.toString(candidate > reference + 10 ? candidate - 100 : candidate);
    }

    static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return String.format(Locale.ROOT, "%02d", i + 1);
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static String pad(String day) {
        return String.format(Locale.ROOT, "%02d", Integer.parseInt(day));
    }

    private static String ymd(String year, String mon, String day) {
        return (year == null ? "XXXX" : year) + "-" + month(mon) + "-" + pad(day);
    }
}
