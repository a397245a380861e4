package dev.recon.internal.kb;

import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.lexicon.StateNouns;
import dev.recon.internal.nlp.Sentence;
import dev.recon.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds knowledge-base names and demonyms in text: longest match first, whole words only, case as
 * written (so "US" the country is not "us" the pronoun), and says what each stands for where it is
 * written (see {@link EntityMention.Role}). A known name inside a longer proper name of something else
 * is left out ("Kim Il-sung University", "the Bank of England"), but not a state's name after one of its
 * offices or bodies ("the President of France"). Immutable and thread-safe.
 */
public final class EntityLinker {

    private final KnowledgeBase kb;
    private final MentionRoles roles;
    private final Lexicon lexicon;

    /**
     * @param nouns judges the nouns around a name: which are a state's offices and bodies, which its
     *              culture, which name a happening
     */
    public EntityLinker(KnowledgeBase kb, StateNouns nouns) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.roles = new MentionRoles(nouns);
        this.lexicon = nouns.lexicon();
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /**
     * Mentions inside {@code sentence} of {@code text}, in text order, never overlapping. The work is
     * linear in the sentence: each start tries at most {@link KnowledgeBase#longestName()} characters,
     * and each mention reads a bounded number of words around it.
     */
    public List<EntityMention> link(String text, Sentence sentence) {
        Span region = sentence.span();
        List<EntityMention> found = new ArrayList<>();
        int limit = kb.longestName();
        int i = region.start();
        while (i < region.end()) {
            if (!isWordStart(text, i)) {
                i++;
                continue;
            }
            EntityMention best = null;
            int maxEnd = Math.min(region.end(), i + limit);
            for (int end = maxEnd; end > i; end--) {
                if (!isWordEnd(text, end)) {
                    continue;
                }
                String s = text.substring(i, end);
                List<Entity> named = kb.named(s);
                if (!named.isEmpty()) {
                    best = new EntityMention(new Span(i, end), s, named, false);
                    break;
                }
                List<Entity> dem = kb.demonymOf(s);
                if (!dem.isEmpty()) {
                    best = new EntityMention(new Span(i, end), s, dem, true);
                    break;
                }
            }
            if (best != null && !followedByNameHead(text, best.span().end())
                    && (!insideOfName(text, best.span().start()) || roles.governedByOffice(sentence.tokens(), best))) {
                found.add(best);
                i = best.span().end();
            } else {
                i++;
            }
        }
        List<EntityMention> out = new ArrayList<>(found.size());
        for (EntityMention m : found) {
            out.add(m.withRole(roles.role(text, sentence, m, found)));
        }
        return out;
    }

    /**
     * "Kim Il-sung University", "Lenin Square": a known name that starts a longer proper name is part
     * of that name, not a mention of the person or place. The lexicon lists the nouns that head such
     * names ({@code nameHeads}).
     */
    private boolean followedByNameHead(String text, int end) {
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k == end || k >= text.length()) {
            return false;
        }
        int w = k;
        while (w < text.length() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return lexicon.isNameHead(text.substring(k, w));
    }

    /**
     * "Bank of England", "University of the Philippines", "Grand Duchy of Finland": a known name after
     * "of" (and perhaps "the") and a capitalised word that does not open a sentence ends a longer proper
     * name the knowledge base does not know, unless the word is an office or body of the state
     * ({@link MentionRoles#governedByOffice}).
     */
    private static boolean insideOfName(String text, int start) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        // "the University of the Philippines": the article changes nothing
        if (k >= 2 && text.startsWith("the", k - 2) && (k < 3 || !Character.isLetter(text.charAt(k - 3)))) {
            k -= 3;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
        }
        if (k < 1 || !text.startsWith("of", k - 1) || (k - 2 >= 0 && Character.isLetter(text.charAt(k - 2)))) {
            return false;
        }
        int w = k - 2;
        while (w >= 0 && text.charAt(w) == ' ') {
            w--;
        }
        int end = w + 1;
        while (w >= 0 && Character.isLetter(text.charAt(w))) {
            w--;
        }
        if (end - (w + 1) < 2 || !Character.isUpperCase(text.charAt(w + 1))) {
            return false;
        }
        // the capitalised word must not open a sentence
        int p = w;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && text.charAt(p) != '.' && text.charAt(p) != '\n' && text.charAt(p) != '!' && text.charAt(p) != '?';
    }

    private static boolean isWordStart(String t, int i) {
        return isWordChar(t.charAt(i)) && (i == 0 || !isWordChar(t.charAt(i - 1)));
    }

    private static boolean isWordEnd(String t, int end) {
        return end > 0 && (end == t.length() || !isWordChar(t.charAt(end))) && t.charAt(end - 1) != ' ';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
