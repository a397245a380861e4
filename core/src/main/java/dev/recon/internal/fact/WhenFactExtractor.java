package dev.recon.internal.fact;

import dev.recon.model.Claim;
import dev.recon.kb.EntityMention;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.lexicon.WordNet;
import dev.recon.internal.lexicon.WordNet.WordClass;
import dev.recon.model.Token;
import dev.recon.model.Span;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads when happenings took place where a date alone does not say it: on an undated day of the week
 * ("defeated on Sunday") and at a clock time ("took off at 10:33 am", "7:14 p.m. EDT"). The happening
 * is the verb the time modifies, not an attribution ("said on Monday" places the saying). Zones are
 * read from {@code time-zones.json}. Immutable and thread-safe.
 */
public final class WhenFactExtractor {

    /** Tokens searched on either side of a day's name for its verb. */
    private static final int REACH = 8;

    /** "11:11 pm", "23:11", "7:14 p.m.", "10:33 am", "2314" (before a zone). */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(?i)(\\d{1,2})[:.](\\d{2})\\s*([ap])\\.?\\s?m\\.?|(\\d{1,2}):(\\d{2})|(\\d{2})(\\d{2})(?=\\s*[A-Z]{2,4}\\b)");
    /** "EDT", "GMT": a zone written right after a time. */
    private static final java.util.regex.Pattern ZONE = java.util.regex.Pattern.compile("^\\s*\\(?([A-Z]{1,4})\\b");

    private final WordNet wordNet;
    private final Lexicon lexicon;
    private final Map<String, Integer> zones;

    public WhenFactExtractor(WordNet wordNet, Lexicon lexicon) {
        this.wordNet = Objects.requireNonNull(wordNet, "wordNet");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.zones = readZones();
    }

    private static Map<String, Integer> readZones() {
        try (java.io.InputStream in = WhenFactExtractor.class.getResourceAsStream("time-zones.json")) {
            if (in == null) {
                throw new IllegalStateException("time-zones.json is missing from the classpath");
            }
            Map<String, Integer> out = new java.util.HashMap<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("offsets").fields()
                    .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
            return Map.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read time-zones.json", e);
        }
    }

    /**
     * Happenings at a clock time. Of a time and its conversion in parentheses ("7:14 pm EDT (2314
     * GMT)"), the first is the fact; the conversion restates it.
     */
    public List<ClockFact> clocks(Claim claim) {
        List<ClockFact> out = new ArrayList<>();
        String text = claim.text();
        java.util.regex.Matcher m = CLOCK.matcher(text);
        int lastEnd = -1;
        while (m.find()) {
            if (lastEnd >= 0 && text.substring(lastEnd, m.start()).matches("[^()]{0,20}\\(\\s*")) {
                continue;
            }
            int hour;
            int minute;
            if (m.group(1) != null) {
                hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
                minute = Integer.parseInt(m.group(2));
            } else if (m.group(4) != null) {
                hour = Integer.parseInt(m.group(4));
                minute = Integer.parseInt(m.group(5));
            } else {
                hour = Integer.parseInt(m.group(6));
                minute = Integer.parseInt(m.group(7));
            }
            if (hour > 23 || minute > 59) {
                continue;
            }
            int end = m.end();
            java.util.regex.Matcher z = ZONE.matcher(text.substring(end));
            Integer offset = null;
            if (z.find() && zones.containsKey(z.group(1))) {
                offset = zones.get(z.group(1));
                end += z.end();
            }
            if (m.group(6) != null && offset == null) {
                continue;
            }
            lastEnd = end;
            int local = hour * 60 + minute;
            int minutes = offset == null ? local : Math.floorMod(local - offset, 24 * 60);
            Span span = new Span(claim.span().start() + m.start(), claim.span().start() + end);
            int at = Tokens.at(claim.tokens(), span.start());
            Optional<Token> verb = nearestVerb(claim.tokens(), at);
            if (verb.isEmpty()) {
                continue;
            }
            Optional<String> concept = wordNet.concept(verb.get().lemma(), WordClass.VERB);
            if (concept.isPresent()) {
                out.add(new ClockFact(claim, concept.get(), verb.get().text(), minutes, offset != null, span,
                        text.substring(m.start(), end), participants(claim)));
            }
        }
        return out;
    }

    /** Happenings placed on an undated day of the week. */
    public List<DayFact> days(Claim claim) {
        List<DayFact> out = new ArrayList<>();
        List<Token> toks = claim.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Optional<DayOfWeek> day = day(toks.get(i).text());
            if (day.isEmpty() || dated(claim, toks.get(i))) {
                continue;
            }
            Optional<Token> verb = nearestVerb(toks, i);
            if (verb.isEmpty()) {
                continue;
            }
            Token v = verb.get();
            Optional<String> concept = wordNet.concept(v.lemma(), WordClass.VERB);
            if (concept.isPresent()) {
                out.add(new DayFact(claim, concept.get(), v.text(), day.get(), toks.get(i).span(), participants(claim)));
            }
        }
        return out;
    }

    /** "Friday, September 8": a day that comes with its date is compared as a date elsewhere. */
    private static boolean dated(Claim claim, Token day) {
        return claim.times().stream().anyMatch(t -> t.span().contains(day.span()) && t.interval() != null
                && t.text().chars().anyMatch(Character::isDigit));
    }

    /**
     * The verb a day's name modifies: the one before it in its clause ("was defeated in the runoff on
     * Monday"), else the first after it ("on Sunday defeated").
     */
    private Optional<Token> nearestVerb(List<Token> toks, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 2 * REACH); i--) {
            Token t = toks.get(i);
            if (t.text().equals(";") || t.text().equals(",")) {
                break;
            }
            if (isHappening(t)) {
                return Optional.of(t);
            }
        }
        for (int i = at + 1; i < Math.min(toks.size(), at + REACH); i++) {
            Token t = toks.get(i);
            if (t.text().equals(";") || t.text().equals(",")) {
                break;
            }
            if (isHappening(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private boolean isHappening(Token t) {
        return t.pos().equals("VERB") && !lexicon.isAttribution(t.lemma()) && !t.lemma().equals("be");
    }

    private Set<String> participants(Claim claim) {
        Set<String> out = new LinkedHashSet<>();
        for (EntityMention m : claim.entities()) {
            for (String w : m.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 3 && !lexicon.isStopword(w) && !lexicon.isTitle(w) && day(w).isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    static Optional<DayOfWeek> day(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (word.equalsIgnoreCase(d.name())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
