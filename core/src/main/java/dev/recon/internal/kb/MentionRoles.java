package dev.recon.internal.kb;

import dev.recon.kb.EntityMention;
import dev.recon.kb.EntityType;
import dev.recon.kb.EntityMention.Role;
import dev.recon.internal.lexicon.StateNouns;
import dev.recon.internal.lexicon.StateNouns.Kind;
import dev.recon.internal.nlp.Sentence;
import dev.recon.model.Token;
import dev.recon.internal.text.Offsets;
import java.util.List;
import java.util.Objects;

/**
 * Reads the words around a linked name for what it stands for ({@link Role}): the noun it qualifies
 * ("Soviet troops", "Sri Lanka's government", "the Korean War", "the Russian ballet") or, failing that,
 * the office or body whose "of" it follows ("the President of France"). {@link StateNouns} judges the
 * nouns. Immutable and thread-safe.
 */
final class MentionRoles {

    /**
     * Words read after a name for the noun it qualifies: adjectives and a compound's nouns ("Soviet
     * military advisers"), or a capitalised run ("the Russian Foreign Minister Sergei Lavrov").
     */
    static final int MAX_PHRASE_WORDS = 5;
    /** Words of one WordNet collocation before "of": "Secretary of State" in "the Secretary of State of ...". */
    static final int MAX_COLLOCATION_WORDS = 3;

    private final StateNouns nouns;

    MentionRoles(StateNouns nouns) {
        this.nouns = Objects.requireNonNull(nouns, "nouns");
    }

    /**
     * The role of {@code m} in {@code text}.
     *
     * @param sentence the sentence around the mention; nothing after it is read
     * @param all      the sentence's mentions, in text order: a name glued to another by a hyphen
     *                 ("Korean-Vietnamese relations") qualifies the noun after both
     */
    Role role(String text, Sentence sentence, EntityMention m, List<EntityMention> all) {
        List<Token> tokens = sentence.tokens();
        Role r = qualified(text, sentence.span().end(), tokens, m, all);
        if (r == Role.STATE && !namesState(m)) {
            // "the Obama Administration", "its Moscow offices", "Scottish troops": a person, a city or a
            // region before an office or body is not a state acting
            return Role.NAME;
        }
        if (r != Role.NAME) {
            return r;
        }
        return governedByOffice(tokens, m) ? Role.STATE : Role.NAME;
    }

    private static boolean namesState(EntityMention m) {
        return m.candidates().stream().anyMatch(e -> e.type() == EntityType.STATE);
    }

    /**
     * "the President of France", "the government of the Sudan": a state's name after "of" and a noun
     * for one of its offices or bodies. "the Bank of England" and "the Empire of Japan" are not.
     */
    boolean governedByOffice(List<Token> tokens, EntityMention m) {
        if (m.demonym() || !namesState(m)) {
            return false;
        }
        int k = Offsets.firstAtOrAfter(tokens, t -> t.span().start(), m.span().start()) - 1;
        if (k >= 0 && tokens.get(k).lower().equals("the")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).lower().equals("of")) {
            return false;
        }
        for (int len = Math.min(MAX_COLLOCATION_WORDS, k); len >= 1; len--) {
            StringBuilder phrase = new StringBuilder();
            for (int j = k - len; j < k; j++) {
                phrase.append(j > k - len ? " " : "").append(tokens.get(j).lemma());
            }
            if (nouns.isNoun(phrase.toString())) {
                return nouns.isOffice(phrase.toString());
            }
        }
        return false;
    }

    /** The role the noun after the name gives it; {@link Role#NAME} when no noun follows. */
    private Role qualified(String text, int limit, List<Token> tokens, EntityMention m, List<EntityMention> all) {
        int p = m.span().end();
        boolean possessive = false;
        if (!m.demonym()) {
            int q = possessiveEnd(text, limit, p, m.text());
            possessive = q > p;
            p = q;
        }
        // "Soviet-era", "Korean-Vietnamese relations", "Franco-Prussian War": a hyphen glues a word on
        for (int glued = 0; glued < MAX_PHRASE_WORDS && p + 1 < limit && isDash(text.charAt(p))
                && Character.isLetter(text.charAt(p + 1)); glued++) {
            EntityMention next = startingAt(all, p + 1);
            if (next != null) {
                p = next.span().end();
                continue;
            }
            int w = p + 1;
            while (w < limit && Character.isLetter(text.charAt(w))) {
                w++;
            }
            String word = text.substring(p + 1, w);
            if (nouns.isNoun(word)) {
                return roleOf(word, m.demonym(), possessive, Character.isUpperCase(word.charAt(0)));
            }
            // "Soviet-backed", "Soviet-led": the noun the compound qualifies decides
            p = w;
        }
        int i = Offsets.firstAtOrAfter(tokens, t -> t.span().start(), p);
        if (i >= tokens.size() || !text.substring(p, tokens.get(i).span().start()).isBlank()) {
            return Role.NAME;
        }
        String head = null;
        for (int n = 0; i < tokens.size() && n < MAX_PHRASE_WORDS; n++, i++) {
            Token t = tokens.get(i);
            if (isCapitalised(t)) {
                return head == null ? capitalisedRun(tokens, i, m.demonym(), possessive) : roleOf(head, m.demonym(), possessive, false);
            }
            if (t.pos().equals("NOUN")) {
                // a compound's head is its last noun: "the Soviet space programme"
                head = t.lemma();
            } else if (!t.pos().equals("ADJ") || head != null) {
                break;
            }
        }
        return head == null ? Role.NAME : roleOf(head, m.demonym(), possessive, false);
    }

    /**
     * A capitalised run after the name: an event head in it makes it the name of a happening ("the
     * Korean War", "the Angola-Portugal Conference"); a title opens a person's name and is the head
     * ("Chinese President Xi Jinping"); otherwise the run's last noun is ("the Russian Orthodox Church").
     */
    private Role capitalisedRun(List<Token> tokens, int from, boolean demonym, boolean possessive) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_PHRASE_WORDS && isCapitalised(tokens.get(end))) {
            end++;
        }
        if (!possessive) {
            for (int j = from; j < end; j++) {
                if (nouns.lexicon().isEventHead(tokens.get(j).lower())) {
                    return Role.EVENT;
                }
            }
        }
        String head = null;
        for (int j = from; j < end && head == null; j++) {
            if (nouns.lexicon().isTitle(tokens.get(j).text())) {
                String two = j + 1 < end ? tokens.get(j).lemma() + " " + tokens.get(j + 1).lemma() : "";
                head = nouns.isNoun(two) ? two : tokens.get(j).lemma();
            }
        }
        for (int j = end - 1; j >= from && head == null; j--) {
            if (nouns.isNoun(tokens.get(j).lemma())) {
                head = tokens.get(j).lemma();
            }
        }
        return head == null ? Role.NAME : roleOf(head, demonym, possessive, true);
    }

    /**
     * A possessor is the state acting through its office or body ("Sri Lanka's government") and
     * otherwise left to its clause ("Russia's war" is still Russia's); a modifier takes the role of the
     * noun it qualifies. A name is never a culture, since recon keeps that reading for demonyms.
     */
    private Role roleOf(String head, boolean demonym, boolean possessive, boolean capitalised) {
        Kind k = nouns.kind(head);
        if (possessive) {
            return k == Kind.ACTOR ? Role.STATE : Role.NAME;
        }
        return switch (k) {
            case ACTOR -> Role.STATE;
            case HAPPENING -> Role.EVENT;
            case ACT -> capitalised ? Role.EVENT : demonym ? Role.CULTURE : Role.NAME;
            case CULTURE -> demonym ? Role.CULTURE : Role.NAME;
            case OTHER -> Role.NAME;
        };
    }

    /** Where a possessive ending after the name ends: "Sri Lanka's", "the Philippines'"; else {@code p}. */
    private static int possessiveEnd(String text, int limit, int p, String name) {
        if (p + 1 < limit && isApostrophe(text.charAt(p)) && text.charAt(p + 1) == 's'
                && (p + 2 == limit || !Character.isLetterOrDigit(text.charAt(p + 2)))) {
            return p + 2;
        }
        boolean plural = !name.isEmpty() && Character.toLowerCase(name.charAt(name.length() - 1)) == 's';
        if (plural && p < limit && isApostrophe(text.charAt(p))
                && (p + 1 == limit || !Character.isLetterOrDigit(text.charAt(p + 1)))) {
            return p + 1;
        }
        return p;
    }

    private static EntityMention startingAt(List<EntityMention> all, int start) {
        int i = Offsets.firstAtOrAfter(all, x -> x.span().start(), start);
        return i < all.size() && all.get(i).span().start() == start ? all.get(i) : null;
    }

    private static boolean isCapitalised(Token t) {
        return Character.isUpperCase(t.text().charAt(0)) && t.text().chars().allMatch(Character::isLetter);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '‐' || c == '–' || c == '—';
    }
}
