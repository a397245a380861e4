package dev.recon.internal.fact;

import dev.recon.model.Claim;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.model.Token;
import dev.recon.model.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads what claims say named things are, from the three common English shapes: an apposition
 * ("Luna 9, the lander"), a naming participle ("an orbiter called Luna 9") and a copula ("Luna 9 was
 * a lander"). Immutable and thread-safe.
 */
public final class IdentityFactExtractor {

    /** Adjectives and determiners allowed between a name and its class noun. */
    private static final int MAX_MODIFIERS = 3;

    private final Lexicon lexicon;

    public IdentityFactExtractor(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public List<IdentityFact> extract(Claim claim) {
        List<IdentityFact> out = new ArrayList<>();
        List<Token> t = claim.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!startsName(t, i)) {
                continue;
            }
            int end = nameEnd(t, i);
            // "Luna 9, the lander" and "Luna 9 was a lander"
            int k = end;
            if (k < t.size() && (t.get(k).text().equals(",") || t.get(k).lemma().equals("be") && t.get(k).isVerb())) {
                int noun = classNoun(t, k + 1);
                if (noun >= 0) {
                    out.add(fact(claim, t, i, end, noun, Math.min(i, noun), Math.max(end - 1, noun)));
                }
            }
            // "an orbiter called Luna 9"
            if (i >= 2 && (t.get(i - 1).lower().equals("called") || t.get(i - 1).lower().equals("named"))
                    && t.get(i - 2).pos().equals("NOUN")) {
                out.add(fact(claim, t, i, end, i - 2, i - 2, end - 1));
            }
            i = end - 1;
        }
        return out;
    }

    private IdentityFact fact(Claim c, List<Token> t, int from, int end, int noun, int first, int last) {
        String name = c.text().substring(t.get(from).span().start() - c.span().start(),
                t.get(end - 1).span().end() - c.span().start());
        Span span = new Span(t.get(first).span().start(), t.get(last).span().end());
        return new IdentityFact(c, name, fold(name), t.get(noun).lemma(), span);
    }

    /** The class noun after a comma or copula: "the lander", "a small frigate", else -1. */
    private int classNoun(List<Token> t, int from) {
        int k = from;
        if (k < t.size() && t.get(k).pos().equals("DET")) {
            k++;
        } else {
            return -1;
        }
        for (int m = 0; k < t.size() && m <= MAX_MODIFIERS; k++, m++) {
            Token x = t.get(k);
            if (x.pos().equals("NOUN") && Character.isLowerCase(x.text().charAt(0))) {
                boolean compound = k + 1 < t.size() && t.get(k + 1).pos().equals("NOUN");
                return compound ? -1 : k;
            }
            if (!x.pos().equals("ADJ")) {
                return -1;
            }
        }
        return -1;
    }

    private boolean startsName(List<Token> t, int i) {
        Token x = t.get(i);
        return x.pos().equals("PROPN") && Character.isUpperCase(x.text().charAt(0)) && !lexicon.isTitle(x.text())
                && (i == 0 || !t.get(i - 1).pos().equals("PROPN"));
    }

    /** A name runs over proper nouns and a number that designates it: "Luna 9", "HMS Amethyst". */
    private static int nameEnd(List<Token> t, int i) {
        int k = i;
        while (k < t.size() && (t.get(k).pos().equals("PROPN") || k > i && t.get(k).pos().equals("NUM")
                && t.get(k - 1).pos().equals("PROPN"))) {
            k++;
        }
        return k;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d]+");

    static String fold(String name) {
        return NOT_WORD.matcher(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
