package dev.recon.time;

import dev.recon.text.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in English text and normalises them to TIMEX3 values. Rule-based and
 * deterministic: the same text and anchor always give the same result. Immutable and thread-safe.
 *
 * <p>Expressions without a year ("February 26th") and relative ones ("last year", "Friday") are resolved
 * against a document creation time when one is given, and otherwise narrative-style, from the nearest
 * explicit year in the same sentence or before it.
 */
public final class TimexTagger {

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September"
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
    private static final String DASH = "\\s*(?:–|—|-|to|and|&)\\s*";

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|a hundred|a thousand|a few|few|several|many|some|a couple of|a|an";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100),
            Map.entry("a thousand", 1000));

    private static final Pattern MODIFIER_BEFORE = Pattern.compile(
            "(?i)(?:(?<early>early|the early|the beginning of|the start of|the first half of)"
                    + "|(?<mid>mid|the mid|middle of|the middle of|mid-)"
                    + "|(?<late>late|the late|the end of|the second half of|the close of)"
                    + "|(?<approx>around|about|circa|c\\.|approximately|roughly))[\\s-]*$");
    private static final Pattern SIGNAL_BEFORE = Pattern.compile(
            "(?i)" + L + "(?<signal>no later than|not later than|as late as|as early as|prior to|up to|up until"
                    + "|by|before|after|following|since|from|until|till|through|throughout|during|in|on|at|of|to"
                    + "|between|starting in|beginning in)\\s+(?:the\\s+(?=year\\s))?(?:year\\s+)?$");

    private record Candidate(int start, int end, int priority, BiFunction<Matcher, Resolver, TimeMention> make,
                             Matcher matcher) {
        int length() {
            return end - start;
        }
    }

    private record Rule(Pattern pattern, int priority, BiFunction<Matcher, Resolver, TimeMention> make) {
    }

    private final List<Rule> rules;

    public TimexTagger() {
        List<Rule> r = new ArrayList<>();
        // 2019-02-26, optionally with a time of day
        r.add(rule(L + "(?<y>\\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?:T(?<t>\\d{2}:\\d{2}))?" + R, 9,
                (m, res) -> single(m, TimexType.DATE, m.group("y") + "-" + m.group("m") + "-" + m.group("d")
                        + (m.group("t") == null ? "" : "T" + m.group("t")), res)));
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
        r.add(rule(L + MON + "\\s+" + DAY + R + "(?!,?\\s*\\d)", 4,
                (m, res) -> single(m, TimexType.DATE, ymd(null, m.group("mon"), m.group("day")), res)));
        // 26 February
        r.add(rule(L + DAY + "\\s+(?:of\\s+)?" + MON + R + "(?!,?\\s*\\d)", 4,
                (m, res) -> single(m, TimexType.DATE, ymd(null, m.group("mon"), m.group("day")), res)));
        // a bare month where the context makes it a date: "in October", "last May"
        r.add(rule("(?i:(?<=" + L + "(?:in|since|until|by|during|from|through|of|last|next|this|early|late|mid|"
                + "before|after)[\\s-]))" + MON + R + "(?!\\s*\\d)", 3,
                (m, res) -> bareMonth(m, res)));
        // 1955–1975, 1962–70
        r.add(rule(L + YEAR + "\\s*(?:–|—|-|/)\\s*(?<year2>1\\d{3}|20\\d{2}|\\d{2})" + NOT_MORE_NUMBER + R, 6,
                (m, res) -> yearRange(m, res)));
        // 1990s, the 1990s, the '90s
        r.add(rule("(?i)" + L + "(?:the\\s+)?(?:(?<dmod>early|mid|late)[-\\s]+)?(?:(?<dec>1\\d{2}|20\\d)0|['’](?<short>\\d)0)['’]?s" + R, 6,
                (m, res) -> decade(m, res)));
        // the 20th century
        r.add(rule("(?i)" + L + "(?:the\\s+)?(?<ord>\\d{1,2})(?:st|nd|rd|th)[-\\s]+century" + R, 6,
                (m, res) -> single(m, TimexType.DATE, String.format(Locale.ROOT, "%02d",
                        Integer.parseInt(m.group("ord")) - 1), res)));
        // a bare year: 1950, "in 1976 to become", "(1966: 12.3 million"
        r.add(rule(L + "(?<![$€£¥]\\s?)" + YEAR + NOT_MORE_NUMBER + R
                + "(?!\\s*(?:%|percent|per cent|[a-z]+s\\b(?<!years)(?<!days)(?<!months)(?<!was)(?<!has)(?<!is)(?<!as)))", 2,
                (m, res) -> single(m, TimexType.DATE, m.group("year"), res)));
        // 60 years, a decade, several months, 60-hour
        r.add(rule("(?i)" + L + "(?:(?<num>\\d+(?:\\.\\d+)?)|(?<word>" + NUMBER_WORDS + "))[\\s-]+"
                + "(?<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)(?:['’](?!s))?" + R, 5,
                (m, res) -> duration(m, res)));
        // now, today, recently, in recent years, the past
        r.add(rule("(?i)" + L + "(?<ref>now|nowadays|today|currently|at present|present[- ]day|the present|"
                + "recently|in recent (?:years|decades|months|times)|recent (?:years|decades|months)|"
                + "the past|in the past|the future|in the future|yesterday|tomorrow|tonight)" + R, 3,
                (m, res) -> reference(m, res)));
        // last year, this week, next month
        r.add(rule("(?i)" + L + "(?<rel>last|this|next|the past|the previous|the coming|the following)\\s+"
                + "(?<unit2>year|month|week|decade|quarter)" + R, 4,
                (m, res) -> relativeUnit(m, res)));
        // Monday ... Sunday
        r.add(rule(L + "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" + R, 3,
                (m, res) -> weekday(m, res)));
        // every year, annually
        r.add(rule("(?i)" + L + "(?:(?:each|every)\\s+(?<setunit>year|month|week|day|season|morning|night)|"
                + "(?<adv>annually|yearly|monthly|weekly|daily))" + R, 3,
                (m, res) -> set(m, res)));
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
                    Matcher copy = rule.pattern.matcher(text);
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
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.stream().noneMatch(o -> c.start < o.end && o.start < c.end)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        Resolver resolver = new Resolver(text, dct);
        // explicit years first, so that year-less dates can lean on them
        List<TimeMention> out = new ArrayList<>();
        for (Candidate c : chosen) {
            TimeMention t = c.make.apply(c.matcher, resolver);
            if (t != null) {
                out.add(t);
                resolver.noteYears(t);
            }
        }
        List<TimeMention> resolved = new ArrayList<>();
        for (TimeMention t : out) {
            resolved.add(resolver.resolve(t));
        }
        return combineRanges(text, resolved);
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
        while (dashStart < m.end() && Character.isLetter(m.group().charAt(dashStart - m.start()))) {
            dashStart++;
        }
        Span first = new Span(m.start(), dashStart);
        Span second = new Span(m.start("day2"), m.end());
        String text = res.text;
        return res.range(
                new Timex(first, first.of(text), TimexType.DATE, y + "-" + mon + "-" + pad(m.group("day")), ""),
                new Timex(second, second.of(text), TimexType.DATE, y + "-" + mon + "-" + pad(m.group("day2")), ""));
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
        if (mon.equals("May") || mon.equals("March")) {
            // only when the preceding word is unmistakably temporal: "in May" is a month, "may" a verb
            String before = res.text.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(Locale.ROOT);
            if (!before.matches(".*\\b(in|last|next|this|early|late|mid|since|until|by)[\\s-]$")) {
                return null;
            }
        }
        return single(m, TimexType.DATE, "XXXX-" + month(mon), res);
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

    private static TimeMention duration(Matcher m, Resolver res) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String amount;
        if (m.group("num") != null) {
            amount = m.group("num");
        } else {
            Integer n = NUMBERS.get(m.group("word").toLowerCase(Locale.ROOT));
            amount = n == null ? "X" : Integer.toString(n);
        }
        String code;
        boolean time = false;
        if (unit.startsWith("year")) {
            code = "Y";
        } else if (unit.startsWith("month")) {
            code = "M";
        } else if (unit.startsWith("week")) {
            code = "W";
        } else if (unit.startsWith("day")) {
            code = "D";
        } else if (unit.startsWith("hour")) {
            code = "H";
            time = true;
        } else if (unit.startsWith("minute")) {
            code = "M";
            time = true;
        } else if (unit.startsWith("second")) {
            code = "S";
            time = true;
        } else if (unit.startsWith("decade")) {
            code = "Y";
            amount = amount.equals("X") ? "X" : Integer.toString(Integer.parseInt(amount) * 10);
        } else {
            code = "Y";
            amount = amount.equals("X") ? "X" : Integer.toString(Integer.parseInt(amount) * 100);
        }
        String value = "P" + (time ? "T" : "") + amount + code;
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.DURATION, value, "")));
    }

    private static TimeMention reference(Matcher m, Resolver res) {
        String ref = m.group("ref").toLowerCase(Locale.ROOT);
        String value;
        if (ref.equals("yesterday") || ref.equals("tomorrow") || ref.equals("today") || ref.equals("tonight")) {
            value = res.dct == null ? "PRESENT_REF" : res.dct.plusDays(ref.equals("yesterday") ? -1
                    : ref.equals("tomorrow") ? 1 : 0).toString() + (ref.equals("tonight") ? "TNI" : "");
            if (res.dct == null && !ref.equals("today")) {
                return null;
            }
        } else if (ref.contains("past") || ref.contains("recent")) {
            value = "PAST_REF";
        } else if (ref.contains("future")) {
            value = "FUTURE_REF";
        } else {
            value = "PRESENT_REF";
        }
        return single(m, TimexType.DATE, value, res);
    }

    private static TimeMention relativeUnit(Matcher m, Resolver res) {
        if (res.dct == null) {
            return null;
        }
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int step = rel.equals("this") ? 0 : (rel.contains("next") || rel.contains("coming") || rel.contains("following")) ? 1 : -1;
        LocalDate d = res.dct;
        String value = switch (m.group("unit2").toLowerCase(Locale.ROOT)) {
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
            default -> Integer.toString(d.getYear() / 10 + step).concat("X");
        };
        return single(m, TimexType.DATE, value, res);
    }

    private static TimeMention weekday(Matcher m, Resolver res) {
        if (res.dct == null) {
            return null;
        }
        DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        // news reports look back: the weekday on or before the creation time
        LocalDate d = res.dct.with(TemporalAdjusters.previousOrSame(wd));
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
    private static List<TimeMention> combineRanges(String text, List<TimeMention> in) {
        List<TimeMention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            TimeMention a = in.get(i);
            if (i + 1 < in.size() && a.relation() != Relation.RANGE && a.interval() != null) {
                TimeMention b = in.get(i + 1);
                String gap = text.substring(a.span().end(), b.span().start());
                boolean between = a.relation() == Relation.RANGE || signalBefore(text, a.span().start())
                        .map(s -> s.equals("between")).orElse(false);
                boolean from = signalBefore(text, a.span().start()).map(s -> s.equals("from")).orElse(false);
                boolean joins = b.interval() != null && b.relation() != Relation.RANGE
                        && ((between && gap.matches("\\s+and\\s+"))
                        || (from && gap.matches("\\s*(?:to|until|till|through|–|—|-)\\s*"))
                        || gap.matches("\\s*[–—]\\s*"));
                if (joins && !a.interval().from().isAfter(b.interval().to())) {
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

    private static Optional<String> signalBefore(String text, int start) {
        Matcher s = SIGNAL_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        return s.find() ? Optional.of(s.group("signal").toLowerCase(Locale.ROOT)) : Optional.empty();
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

    /**
     * Builds mentions (reading modifiers and signals around the expression) and fills in years that the
     * expression leaves open.
     */
    static final class Resolver {
        final String text;
        final LocalDate dct;
        private final List<int[]> explicitYears = new ArrayList<>();

        Resolver(String text, LocalDate dct) {
            this.text = text;
            this.dct = dct;
        }

        TimeMention mention(List<Timex> parts) {
            Timex first = parts.get(0);
            Timex widened = withModifier(first);
            List<Timex> ps = new ArrayList<>(parts);
            ps.set(0, widened);
            Span span = widened.span().union(parts.get(parts.size() - 1).span());
            Relation rel = widened.type() == TimexType.DURATION ? Relation.DURATION
                    : relationOf(signalBefore(text, span.start()).orElse(""));
            return build(span, ps, rel, ps.size() == 1 ? widened.value() : first.value());
        }

        TimeMention range(Timex a, Timex b) {
            Timex first = withModifier(a);
            Span span = first.span().union(b.span());
            return build(span, List.of(first, b), Relation.RANGE, first.value() + "/" + b.value());
        }

        private TimeMention build(Span span, List<Timex> parts, Relation rel, String value) {
            return new TimeMention(span, span.of(text), parts, rel, value, interval(parts, rel));
        }

        /** Takes "early", "late", "mid-", "the end of", "around" into the expression. */
        private Timex withModifier(Timex t) {
            if (t.type() != TimexType.DATE || !t.mod().isEmpty()) {
                return t;
            }
            String before = text.substring(Math.max(0, t.span().start() - 25), t.span().start());
            Matcher m = MODIFIER_BEFORE.matcher(before);
            if (!m.find() || (m.start() > 0 && Character.isLetter(before.charAt(m.start() - 1)))) {
                return t;
            }
            String mod = m.group("early") != null ? "START" : m.group("mid") != null ? "MID"
                    : m.group("late") != null ? "END" : "APPROX";
            Span span = new Span(t.span().start() - (before.length() - m.start()), t.span().end());
            return new Timex(span, span.of(text), t.type(), t.value(), mod);
        }

        private static Relation relationOf(String signal) {
            return switch (signal) {
                case "by", "no later than", "not later than", "as late as" -> Relation.BY;
                case "before", "prior to" -> Relation.BEFORE;
                case "after", "following" -> Relation.AFTER;
                case "since", "from", "as early as", "starting in", "beginning in" -> Relation.SINCE;
                case "until", "till", "through", "up to", "up until" -> Relation.UNTIL;
                default -> Relation.AT;
            };
        }

        private static TimeInterval interval(List<Timex> parts, Relation rel) {
            Optional<TimeInterval> a = TimeInterval.ofValue(parts.get(0).value());
            Optional<TimeInterval> b = TimeInterval.ofValue(parts.get(parts.size() - 1).value());
            if (a.isEmpty() || b.isEmpty()) {
                return null;
            }
            TimeInterval whole = a.get().span(b.get());
            return switch (rel) {
                case BY, UNTIL -> new TimeInterval(null, whole.to());
                case BEFORE -> new TimeInterval(null, whole.from().minusDays(1));
                case AFTER -> new TimeInterval(whole.to().plusDays(1), null);
                case SINCE -> new TimeInterval(whole.from(), null);
                case DURATION -> null;
                default -> whole;
            };
        }

        void noteYears(TimeMention t) {
            for (Timex p : t.parts()) {
                if (p.type() == TimexType.DATE && p.value().matches("\\d{4}.*")) {
                    explicitYears.add(new int[] {p.span().start(), Integer.parseInt(p.value().substring(0, 4))});
                }
            }
        }

        /** Replaces an open year ({@code XXXX-02-26}) with one from the context. */
        TimeMention resolve(TimeMention t) {
            if (t.parts().stream().noneMatch(p -> p.value().startsWith("XXXX-") && p.type() == TimexType.DATE)) {
                return t;
            }
            Integer year = contextYear(t.span());
            if (year == null) {
                return t;
            }
            List<Timex> parts = new ArrayList<>();
            for (Timex p : t.parts()) {
                String v = p.type() == TimexType.DATE && p.value().startsWith("XXXX-")
                        ? year + p.value().substring(4) : p.value();
                parts.add(new Timex(p.span(), p.text(), p.type(), v, p.mod()));
            }
            String value = parts.size() == 1 ? parts.get(0).value()
                    : parts.get(0).value() + "/" + parts.get(parts.size() - 1).value();
            return build(t.span(), parts, t.relation(), value);
        }

        private Integer contextYear(Span at) {
            if (dct != null) {
                return dct.getYear();
            }
            int sentenceStart = sentenceStart(at.start());
            int sentenceEnd = sentenceEnd(at.end());
            Integer inSentence = null;
            int best = Integer.MAX_VALUE;
            for (int[] y : explicitYears) {
                if (y[0] >= sentenceStart && y[0] < sentenceEnd && Math.abs(y[0] - at.start()) < best) {
                    best = Math.abs(y[0] - at.start());
                    inSentence = y[1];
                }
            }
            if (inSentence != null) {
                return inSentence;
            }
            Integer before = null;
            for (int[] y : explicitYears) {
                if (y[0] < at.start()) {
                    before = y[1];
                }
            }
            return before;
        }

        private int sentenceStart(int from) {
            for (int k = from - 1; k > 0; k--) {
                char c = text.charAt(k);
                if (c == '\n' || ((c == '.' || c == '!' || c == '?') && k + 1 < text.length()
                        && Character.isWhitespace(text.charAt(k + 1)))) {
                    return k + 1;
                }
            }
            return 0;
        }

        private int sentenceEnd(int from) {
            for (int k = from; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (k + 1 == text.length()
                        || Character.isWhitespace(text.charAt(k + 1))))) {
                    return k;
                }
            }
            return text.length();
        }
    }
}
