package dev.recon.internal.time;

import dev.recon.model.Relation;
import dev.recon.model.TimeInterval;
import dev.recon.model.TimeMention;
import dev.recon.model.Timex;
import dev.recon.model.TimexType;
import dev.recon.internal.text.Offsets;
import dev.recon.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The context of one tagging run: builds mentions from matched expressions (reading the modifier and
 * the signal around each) and fills in what an expression leaves open — the year of "February 26th",
 * the direction of "Friday" — from the document creation time or, without one, from the narrative.
 * One instance per call to {@link TimexTagger#tag}; not shared.
 */
final class Resolver {

    private static final Pattern MODIFIER_BEFORE = Pattern.compile(
            "(?i)(?:(?<early>early|the early|the beginning of|the start of|the first half of)"
                    + "|(?<mid>mid|the mid|middle of|the middle of|mid-)"
                    + "|(?<late>late|the late|the end of|the second half of|the close of)"
                    + "|(?<approx>around|about|circa|c\\.|ca\\.|approximately|roughly))[\\s-]*$");
    private static final Pattern SIGNAL_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?<signal>no later than|not later than|as late as|as early as|prior to|up to|up until"
                    + "|by|before|after|following|since|from|until|till|through|throughout|during|in|on|at|of|to"
                    + "|between|starting in|beginning in)\\s+(?:the\\s+(?=year\\s))?(?:year\\s+)?$");
    /** Words that put a sentence in the future, so that "Friday" or "May" means the next one. */
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)(?<![\\p{L}])(will|'ll|shall|going to|(?:is|are) (?:expected|scheduled|set|due|slated) to|"
                    + "plans? to|planned for|upcoming)(?![\\p{L}])");

    final String text;
    final LocalDate dct;
    /** The TIMEX3 year at the start of an explicit year's value: "1950", "0476", "BC0044". */
    private static final Pattern YEAR_PREFIX = Pattern.compile("(?:BC\\d{4,}|\\d{4})(?=$|-|T)");

    /** Explicit years in text order: where each starts, and its TIMEX3 year. */
    private record NotedYear(int start, String year) {
    }

    private final List<NotedYear> explicitYears = new ArrayList<>();
    /** Sentence ends in text order, computed on first use; this instance serves one tagging run. */
    private int[] sentenceEnds;

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
                : relationOf(signalBefore(span.start()).orElse(""));
        return build(span, ps, rel, ps.size() == 1 ? widened.value() : first.value());
    }

    TimeMention range(Timex a, Timex b) {
        Timex first = withModifier(a);
        Span span = first.span().union(b.span());
        return build(span, List.of(first, b), Relation.RANGE, first.value() + "/" + b.value());
    }

    TimeMention build(Span span, List<Timex> parts, Relation rel, String value) {
        return new TimeMention(span, span.of(text), parts, rel, value, interval(parts, rel));
    }

    /** The preposition or phrase that relates a time to its statement ("by", "since"), lower case. */
    Optional<String> signalBefore(int start) {
        Matcher s = SIGNAL_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        return s.find() ? Optional.of(s.group("signal").toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** True when the sentence around {@code at} speaks of the future. */
    boolean future(Span at) {
        return FUTURE.matcher(text.substring(sentenceStart(at.start()), sentenceEnd(at.end()))).find();
    }

    /** The weekday's date: the last one on or before the creation time, or the next one in a future sentence. */
    LocalDate weekday(DayOfWeek wd, Span at) {
        if (wd == dct.getDayOfWeek()) {
            // a report names its own day by its weekday: "officials said Friday", written on a Friday
            return dct;
        }
        return future(at) ? dct.with(TemporalAdjusters.next(wd)) : dct.with(TemporalAdjusters.previous(wd));
    }

    /** The year of a month (and day) named without one, seen from the creation time. */
    int yearOf(int month, int day, Span at) {
        LocalDate candidate = LocalDate.of(dct.getYear(), month, Math.min(day, 28));
        if (future(at)) {
            return candidate.isBefore(dct.withDayOfMonth(1)) ? dct.getYear() + 1 : dct.getYear();
        }
        boolean sameMonth = month == dct.getMonthValue();
        return candidate.isAfter(dct) && !sameMonth ? dct.getYear() - 1 : dct.getYear();
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
        if (a.isEmpty() || b.isEmpty() || parts.get(0).type() == TimexType.DURATION
                || parts.get(0).type() == TimexType.SET) {
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
            Matcher year = YEAR_PREFIX.matcher(p.value());
            if (p.type() == TimexType.DATE && year.lookingAt()) {
                // kept in text order (mentions arrive so; this keeps it true whatever the caller does)
                explicitYears.add(firstAtOrAfter(p.span().start() + 1), new NotedYear(p.span().start(), year.group()));
            }
        }
    }

    /** Replaces an open year ({@code XXXX-02-26}) with one from the context. */
    TimeMention resolve(TimeMention t) {
        if (t.parts().stream().noneMatch(p -> p.value().startsWith("XXXX-") && p.type() != TimexType.SET)) {
            return t;
        }
        List<Timex> parts = new ArrayList<>();
        for (Timex p : t.parts()) {
            String v = p.value();
            if (p.type() != TimexType.SET && v.startsWith("XXXX-")) {
                String year = yearFor(v, t.span());
                if (year != null) {
                    v = year + v.substring(4);
                }
            }
            parts.add(new Timex(p.span(), p.text(), p.type(), v, p.mod()));
        }
        String value = parts.size() == 1 ? parts.get(0).value()
                : parts.get(0).value() + "/" + parts.get(parts.size() - 1).value();
        return build(t.span(), parts, t.relation(), value);
    }

    private String yearFor(String value, Span at) {
        if (dct != null) {
            Matcher m = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?.*").matcher(value);
            if (m.matches()) {
                return Years.timexYear(yearOf(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)), at));
            }
            return Years.timexYear(dct.getYear());
        }
        return narrativeYear(at);
    }

    /**
     * The explicit year nearest in the same sentence, else the last one before. The years are noted in
     * text order, so both are found by binary search around the mention.
     */
    private String narrativeYear(Span at) {
        int sentenceStart = sentenceStart(at.start());
        int sentenceEnd = sentenceEnd(at.end());
        int i = firstAtOrAfter(at.start());
        String inSentence = null;
        int best = Integer.MAX_VALUE;
        // the nearest in the sentence is the last before the mention or the first at or after it
        for (int k : new int[] {i - 1, i}) {
            if (k >= 0 && k < explicitYears.size()) {
                NotedYear y = explicitYears.get(k);
                if (y.start() >= sentenceStart && y.start() < sentenceEnd && Math.abs(y.start() - at.start()) < best) {
                    best = Math.abs(y.start() - at.start());
                    inSentence = y.year();
                }
            }
        }
        if (inSentence != null) {
            return inSentence;
        }
        return i > 0 ? explicitYears.get(i - 1).year() : null;
    }

    /** Index of the first noted year at or after {@code offset}. */
    private int firstAtOrAfter(int offset) {
        return Offsets.firstAtOrAfter(explicitYears, NotedYear::start, offset);
    }

    /**
     * Where the sentence around {@code from} starts: after the last line break, or the last '.', '!' or
     * '?' followed by a blank, before it; 0 if none.
     */
    int sentenceStart(int from) {
        int[] ends = sentenceEnds();
        // the last end before from; an end at the text's last character does not count as a break
        // before anything, except a line break
        int i = java.util.Arrays.binarySearch(ends, from - 1);
        int k = i >= 0 ? i : -i - 2;
        while (k >= 0 && (ends[k] == 0 || ends[k] == text.length() - 1 && text.charAt(ends[k]) != '\n')) {
            k--;
        }
        return k >= 0 ? ends[k] + 1 : 0;
    }

    /** Where the sentence around {@code from} ends: at the first sentence end at or after it, else the text's end. */
    int sentenceEnd(int from) {
        int[] ends = sentenceEnds();
        int i = java.util.Arrays.binarySearch(ends, from);
        int k = i >= 0 ? i : -i - 1;
        return k < ends.length ? ends[k] : text.length();
    }

    /**
     * The offsets of every line break, and of every '.', '!' or '?' followed by a blank or the end of
     * the text, found once: a line without sentence ends and with thousands of times in it ("March
     * March ...") would otherwise be scanned back to its start for each of them.
     */
    private int[] sentenceEnds() {
        if (sentenceEnds == null) {
            int[] ends = new int[16];
            int n = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (k + 1 == text.length()
                        || Character.isWhitespace(text.charAt(k + 1))))) {
                    if (n == ends.length) {
                        ends = java.util.Arrays.copyOf(ends, n * 2);
                    }
                    ends[n++] = k;
                }
            }
            sentenceEnds = java.util.Arrays.copyOf(ends, n);
        }
        return sentenceEnds;
    }
}
