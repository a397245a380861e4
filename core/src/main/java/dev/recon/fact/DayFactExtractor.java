package dev.recon.fact;

import dev.recon.claim.Claim;
import dev.recon.kb.EntityMention;
import dev.recon.lexicon.Lexicon;
import dev.recon.lexicon.WordNet;
import dev.recon.lexicon.WordNet.WordClass;
import dev.recon.nlp.Token;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads happenings placed on an undated day of the week: the day name and the nearest verb that is
 * not an attribution ("said on Monday" places the saying, not the news). Immutable and thread-safe.
 */
public final class DayFactExtractor {

    /** Tokens searched on either side of a day's name for its verb. */
    private static final int REACH = 8;

    private final WordNet wordNet;
    private final Lexicon lexicon;

    public DayFactExtractor(WordNet wordNet, Lexicon lexicon) {
        this.wordNet = Objects.requireNonNull(wordNet, "wordNet");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public List<DayFact> extract(Claim claim) {
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
