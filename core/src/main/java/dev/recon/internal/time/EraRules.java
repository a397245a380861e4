package dev.recon.internal.time;

import dev.recon.model.TimeInterval;
import dev.recon.model.TimeMention;
import dev.recon.model.Timex;
import dev.recon.model.TimexType;
import dev.recon.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tagger's rules for historical time: years with an era ("44 BC", "AD 79", "c. 300 BCE"), ranges
 * whose era covers both ends ("264–146 BC"), days and months of such years ("15 March 44 BC"),
 * decades, centuries and millennia with or without an era ("the 190s BC", "the fifth century BC",
 * "the 2nd millennium BC"), and years below 1000 written bare where the context makes them years ("in
 * 476", "the year 410") but not where the number counts something ("in 476 cases", "by 800 metres").
 *
 * <p>Values follow the TIMEX3 convention of the TIDES 2005 standard, as HeidelTime writes it: the
 * prefix {@code BC} and the digits the common era would have, so 44 BC is {@code BC0044}, the 190s BC
 * {@code BC019X} (recon's decades keep their {@code X}, as {@code 199X} does), the 5th century BC
 * {@code BC04} (as the 20th century is {@code 19}) and the 2nd millennium BC {@code BC1}. Years of the
 * common era below 1000 have four digits: {@code 0476}. {@link TimeInterval#ofValue} places them all.
 *
 * <p>Every pattern first checks the one character it can start with, its blanks are possessive and its
 * other quantifiers bounded or separated by literals, so that each runs in time linear in the text
 * (docs/redos-audit.md; {@code EraRulesWorstCaseTest}).
 */
final class EraRules {

    /** A blank, including the no-break spaces that typeset "44&nbsp;BC". */
    private static final String SP = "[\\s\\u00A0\\u202F]";
    private static final String L = "(?<![\\p{L}\\d])(?<!\\d[.,])";
    private static final String R = "(?![\\p{L}\\d])";
    /** A year: 1 to 99999, or with a thousands comma ("10,000 BC"). */
    private static final String NUM = "(?:[1-9]\\d?,\\d{3}|[1-9]\\d{0,4})";
    private static final String NOT_MORE = "(?!\\d|[.,]\\d)";
    private static final String CIRCA = "(?:c\\.|ca\\.|circa)";
    /** Between the ends of a range: a dash, or a word with blanks around it. */
    private static final String TO = "(?:" + SP + "*+[–—-]" + SP + "*+|" + SP + "++(?:to|until|till|through)" + SP + "++)";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    /** Years from here on, followed by "BC", may name the province: "the 2017 B.C. election". */
    private static final int FIRST_MODERN_YEAR = 1800;
    /** The largest year of the common era a TIMEX3 value writes in four digits. */
    private static final long LAST_COMMON_ERA_YEAR = 9999;
    /** Millennia are one digit in TIMEX3 ({@code BC1}), so the tenth is the last. */
    private static final int LAST_MILLENNIUM = 10;
    /** How far before "by" a verb of change makes the number after it an amount ("cut the staff by 200"). */
    private static final int CLAUSE_WINDOW = 60;

    private final EraWords words;
    private final String eraAlternatives;
    private final String prefixAlternatives;
    private final String ordinalWords;

    EraRules(EraWords words) {
        this.words = Objects.requireNonNull(words, "words");
        List<String> eras = new ArrayList<>(words.before());
        eras.addAll(words.common());
        this.eraAlternatives = alternatives(eras);
        this.prefixAlternatives = alternatives(words.prefixes());
        this.ordinalWords = alternatives(words.ordinals().keySet());
    }

    /** Longest first, so that "B.C.E." is tried before "B.C.", quoted. */
    private static String alternatives(Collection<String> items) {
        return items.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** An era designation after a year, not the "CE mark" of European product law. */
    private String era(String group) {
        return "(?<" + group + ">" + eraAlternatives + ")" + R + "(?!" + SP + "*+(?i:mark))";
    }

    /** A year with its era: "44 BC", "44 B.C.E.", "AD 79". */
    private String eraYear() {
        return "(?:(?<n>" + NUM + ")" + NOT_MORE + SP + era("era")
                + "|(?<pre>" + prefixAlternatives + ")" + SP + "(?<pn>" + NUM + ")" + NOT_MORE + R + ")";
    }

    private String ordinal(String digits, String word) {
        return "(?:(?<" + digits + ">\\d{1,2})(?i:st|nd|rd|th)|(?<" + word + ">(?i:" + ordinalWords + ")))";
    }

    /**
     * A lookahead for the characters a rule can start with, checked before anything else: one test of
     * one character at most positions keeps a rule that starts with lookbehinds and alternatives as
     * cheap as one that starts with a digit.
     */
    private static String startsWith(boolean digit, Collection<String> words) {
        StringBuilder first = new StringBuilder(digit ? "\\d" : "");
        words.stream().map(w -> w.substring(0, 1)).sorted().distinct()
                .forEach(c -> first.append(c.toLowerCase(Locale.ROOT)).append(c.toUpperCase(Locale.ROOT)));
        return "(?=[" + first + "])";
    }

    List<TimexTagger.Rule> rules() {
        String months = "(?<mon>" + TimexTagger.MONTH_NAMES + ")";
        String digit = "(?=\\d)";
        String yearStart = startsWith(true, words.prefixes());
        List<String> decadeWords = new ArrayList<>(words.prefixes());
        decadeWords.addAll(List.of("the", "early", "mid", "late"));
        List<TimexTagger.Rule> r = new ArrayList<>();
        // 44 BC, AD 79, 10,000 BCE
        r.add(rule(yearStart + L + eraYear(), 7, (m, res) -> year(m, res, null, null)));
        // 15 March 44 BC, March 15, 44 BC, March 44 BC
        r.add(rule(digit + L + "(?<day>" + DAY + ")" + SP + "++(?:of" + SP + "++)?" + months + ",?" + SP + "++" + eraYear(), 8,
                (m, res) -> year(m, res, m.group("mon"), m.group("day"))));
        r.add(rule(startsWith(false, List.of(TimexTagger.MONTH_NAMES.split("\\|"))) + L + months + "(?:" + SP
                + "++(?<day>" + DAY + "))?,?" + SP + "++(?:of" + SP + "++)?" + eraYear(), 8,
                (m, res) -> year(m, res, m.group("mon"), m.group("day"))));
        // 264–146 BC, c. 490 – c. 430 BC, 306 to 337 AD: the era covers both ends
        r.add(rule(digit + L + "(?<n1>" + NUM + ")" + NOT_MORE + TO + "(?<circa>" + CIRCA + SP + "*+)?(?<n>" + NUM + ")"
                + NOT_MORE + SP + era("era"), 8, (m, res) -> range(m, res, false)));
        // AD 306–337
        r.add(rule(startsWith(false, words.prefixes()) + L + "(?<pre>" + prefixAlternatives + ")" + SP + "(?<n1>" + NUM + ")"
                + NOT_MORE + TO + "(?<circa>" + CIRCA + SP + "*+)?(?<n>" + NUM + ")" + NOT_MORE + R, 8,
                (m, res) -> range(m, res, true)));
        // the first years of "between 60 and 50 BC", "in 49, 48 and 47 BC": the era after the last
        r.add(rule(digit + L + "(?<n>" + NUM + ")" + NOT_MORE + "(?=(?:" + SP + "*+(?:,(?:" + SP + "*+(?:and|or))?|and|or|&)"
                + SP + "*+(?:" + CIRCA + SP + "*+)?" + NUM + NOT_MORE + "){1,4}+" + SP + era("era") + ")", 3,
                (m, res) -> year(m, res, null, null)));
        // the 190s BC, the early 40s BC, the AD 470s
        r.add(rule(startsWith(true, decadeWords) + L + "(?:(?i:the)" + SP + "++)?(?:(?<dmod>(?i:early|mid|late))[-\\s]++)?"
                + "(?:(?<dec>[1-9]\\d{0,2}0)['’]?s" + SP + era("era") + "|(?<pre>" + prefixAlternatives + ")" + SP
                + "(?<pdec>[1-9]\\d{0,2}0)['’]?s" + R + ")", 6, this::decade));
        // the 5th century BC, the third century AD, the 5th and 4th centuries BC, the fifth century
        r.add(rule(startsWith(true, words.ordinals().keySet()) + L + ordinal("o1", "w1")
                + "(?:" + SP + "*+(?<conn>[–—&-]|(?i:to|and|or)(?=" + SP + "))" + SP + "*+(?:(?i:the)" + SP + "++)?"
                + ordinal("o2", "w2") + ")?[-\\s]++(?<unit>(?i:century|centuries|millennium|millennia))"
                + "(?:" + SP + era("era") + ")?" + R, 5, this::period));
        // the year 410
        r.add(rule("(?<sy>[1-9](?<=(?<![\\p{L}\\d])(?i:the)" + SP + "{1,3}year" + SP + "{1,3}[1-9])\\d{0,2})" + NOT_MORE + R,
                2, (m, res) -> earlyYear(m, res, false)));
        // in 476, by 800 (three digits only: "in 12" is too often a count)
        r.add(rule("(?<sy>[1-9](?<=(?<![\\p{L}\\d])(?i:" + alternatives(words.yearSignals()) + ")" + SP + "{1,3}[1-9])\\d{2})"
                + NOT_MORE + R, 2, (m, res) -> earlyYear(m, res, true)));
        return r;
    }

    private static TimexTagger.Rule rule(String regex, int priority, BiFunction<Matcher, Resolver, TimeMention> make) {
        return new TimexTagger.Rule(Pattern.compile(regex), priority, make);
    }

    private boolean beforeCommonEra(String era) {
        return words.before().contains(era);
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    /** The TIMEX3 year of a number in an era, or null when there is no such year. */
    private static String timexYear(long n, boolean bc) {
        return !bc && n > LAST_COMMON_ERA_YEAR ? null : Years.timexYear(n, bc);
    }

    private static TimeMention single(Matcher m, Resolver res, String value, String mod) {
        Span span = new Span(m.start(), m.end());
        return res.mention(List.of(new Timex(span, m.group(), TimexType.DATE, value, mod)));
    }

    /** "44 BC", "15 March 44 BC": a year with its era, and the month and day when given. */
    private TimeMention year(Matcher m, Resolver res, String month, String day) {
        boolean prefixed = m.group("n") == null;
        long n = number(prefixed ? m.group("pn") : m.group("n"));
        boolean bc = !prefixed && beforeCommonEra(m.group("era"));
        if (!prefixed && province(res.text, m.start(), n, m.group("era"))) {
            return null;
        }
        String value = timexYear(n, bc);
        if (value == null) {
            return null;
        }
        if (month != null) {
            value += "-" + TimexTagger.month(month);
            if (day != null) {
                value += String.format(Locale.ROOT, "-%02d", Integer.parseInt(day.replaceAll("\\D", "")));
            }
        }
        return single(m, res, value, "");
    }

    /**
     * "the 2017 B.C. election": a modern year, a determiner before it and the plain "BC" are the Canadian
     * province, not an era.
     */
    private boolean province(String text, int start, long year, String era) {
        if (year < FIRST_MODERN_YEAR || !(era.equals("BC") || era.equals("B.C."))) {
            return false;
        }
        String before = wordBefore(text, start);
        return words.attributiveDeterminers().contains(before.toLowerCase(Locale.ROOT));
    }

    /** "264–146 BC" (both before the era, the first larger), "AD 306–337" (both in it). */
    private TimeMention range(Matcher m, Resolver res, boolean prefixed) {
        long a = number(m.group("n1"));
        long b = number(m.group("n"));
        boolean bc = !prefixed && beforeCommonEra(m.group("era"));
        if (bc ? a <= b : a >= b) {
            return null;
        }
        String first = timexYear(a, bc);
        String second = timexYear(b, bc);
        if (first == null || second == null) {
            return null;
        }
        int firstStart = prefixed ? m.start("pre") : m.start("n1");
        Span one = new Span(firstStart, m.end("n1"));
        int secondStart = m.group("circa") != null ? m.start("circa") : m.start("n");
        Span two = new Span(secondStart, m.end());
        return res.range(new Timex(one, one.of(res.text), TimexType.DATE, first, ""),
                new Timex(two, two.of(res.text), TimexType.DATE, second, m.group("circa") != null ? "APPROX" : ""));
    }

    /** "the 190s BC": a decade; "the 400s BC" is the century (499 to 400 BC), as it is usually meant. */
    private TimeMention decade(Matcher m, Resolver res) {
        boolean prefixed = m.group("dec") == null;
        int decade = Integer.parseInt(prefixed ? m.group("pdec") : m.group("dec"));
        boolean bc = !prefixed && beforeCommonEra(m.group("era"));
        String digits = decade % 100 == 0
                ? String.format(Locale.ROOT, "%02d", decade / 100)
                : String.format(Locale.ROOT, "%03d", decade / 10) + "X";
        String mod = m.group("dmod") == null ? "" : switch (m.group("dmod").toLowerCase(Locale.ROOT)) {
            case "early" -> "START";
            case "mid" -> "MID";
            default -> "END";
        };
        return single(m, res, (bc ? "BC" : "") + digits, mod);
    }

    /**
     * "the 5th century BC" ({@code BC04}), "the third century AD" ({@code 02}), "the 2nd millennium BC"
     * ({@code BC1}); two ordinals make a range ("the 5th and 4th centuries BC").
     */
    private TimeMention period(Matcher m, Resolver res) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        boolean millennium = unit.startsWith("millenni");
        boolean plural = unit.equals("centuries") || unit.equals("millennia");
        boolean two = m.group("conn") != null;
        String era = m.group("era");
        if (plural && !two) {
            return null;
        }
        if (era == null && !two && m.group("w1") == null && !millennium) {
            // "the 20th century": the tagger's own century rule reads it
            return null;
        }
        if (era == null && m.group("w1") != null && !relativeToTheEra(res.text, m.start(), m.end())) {
            return null;
        }
        boolean bc = era != null && beforeCommonEra(era);
        String first = periodValue(m.group("o1"), m.group("w1"), millennium, bc);
        if (first == null) {
            return null;
        }
        if (!two) {
            return single(m, res, first, "");
        }
        String second = periodValue(m.group("o2"), m.group("w2"), millennium, bc);
        if (second == null) {
            return null;
        }
        int firstEnd = m.group("o1") != null ? m.end("o1") + 2 : m.end("w1");
        Span one = new Span(m.start(), firstEnd);
        int secondStart = m.group("o2") != null ? m.start("o2") : m.start("w2");
        Span other = new Span(secondStart, m.end());
        return res.range(new Timex(one, one.of(res.text), TimexType.DATE, first, ""),
                new Timex(other, other.of(res.text), TimexType.DATE, second, ""));
    }

    private String periodValue(String digits, String word, boolean millennium, boolean bc) {
        Integer n = digits != null ? Integer.valueOf(Integer.parseInt(digits))
                : words.ordinals().get(word.toLowerCase(Locale.ROOT));
        if (n == null || n < 1 || (millennium && n > LAST_MILLENNIUM)) {
            return null;
        }
        String v = millennium ? Integer.toString(n - 1) : String.format(Locale.ROOT, "%02d", n - 1);
        return (bc ? "BC" : "") + v;
    }

    /**
     * "the fifth century" counts from the start of the era only after "the" and without an "of" after it:
     * "its first century" and "the second century of the republic" count from something else.
     */
    private static boolean relativeToTheEra(String text, int start, int end) {
        if (!wordBefore(text, start).equalsIgnoreCase("the")) {
            return false;
        }
        return !wordAfter(text, end).equalsIgnoreCase("of");
    }

    /** "in 476", "the year 410": a year of the common era written without its era. */
    private TimeMention earlyYear(Matcher m, Resolver res, boolean signalled) {
        if (!followedLikeAYear(res.text, m.end()) || (signalled && counts(res.text, m.start()))) {
            return null;
        }
        return single(m, res, Years.timexYear(Long.parseLong(m.group("sy")), false), "");
    }

    /**
     * What follows a year: the end of the text, a paragraph or a clause, or a word that starts a clause
     * ("in 476 the"). A single line break is a blank, since plain text wraps its lines inside sentences.
     */
    private boolean followedLikeAYear(String text, int end) {
        int i = end;
        int breaks = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0')) {
            breaks += text.charAt(i) == '\n' ? 1 : 0;
            i++;
        }
        if (i == text.length() || breaks > 1 || ".,;:!?)]".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        return words.yearFollowers().contains(wordAfter(text, end));
    }

    /**
     * True when the preposition before the number makes it an amount: "one in 300" (a ratio), "attended
     * by 300" (an agent), "cut the staff by 200" (a change).
     */
    private boolean counts(String text, int numberStart) {
        int signalEnd = skipBlanksBack(text, numberStart);
        int signalStart = signalEnd;
        while (signalStart > 0 && Character.isLetter(text.charAt(signalStart - 1))) {
            signalStart--;
        }
        String signal = text.substring(signalStart, signalEnd).toLowerCase(Locale.ROOT);
        String before = wordBefore(text, signalStart).toLowerCase(Locale.ROOT);
        if (signal.equals("in")) {
            return before.equals("one") || (!before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1)));
        }
        if (!signal.equals("by")) {
            return false;
        }
        if (before.endsWith("ed")) {
            return true;
        }
        int from = Math.max(0, signalStart - CLAUSE_WINDOW);
        for (int k = signalStart - 1; k >= from; k--) {
            if (".;:!?\n".indexOf(text.charAt(k)) >= 0) {
                from = k + 1;
                break;
            }
        }
        for (String w : text.substring(from, signalStart).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.countVerbs().contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int skipBlanksBack(String text, int from) {
        int i = from;
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return i;
    }

    /** The word (letters or digits) that ends right before {@code start}, blanks skipped; "" if none. */
    private static String wordBefore(String text, int start) {
        int end = skipBlanksBack(text, start);
        int s = end;
        while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, end);
    }

    /** The letters that start right after {@code end}, blanks skipped; "" if none. */
    private static String wordAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0')) {
            i++;
        }
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(s, i);
    }
}
