package dev.recon.internal.kb;

import dev.recon.kb.EntityMention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.recon.Fixtures;
import dev.recon.internal.nlp.Sentence;
import dev.recon.model.Token;
import dev.recon.model.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Linking stays linear in the sentence however its names are glued together: each name reads a bounded
 * number of words around it. The public linker takes any sentence, so these are single sentences of
 * about {@value #LENGTH} characters, far beyond what the annotator cuts a run of text into.
 */
class EntityLinkerWorstCaseTest {

    private static final int LENGTH = 100_000;
    /** A hang guard, not a benchmark: a linear pass takes well under a second. */
    private static final Duration GUARD = Duration.ofSeconds(5);
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "s");

    private static final EntityLinker LINKER = new EntityLinker(Fixtures.KB, Fixtures.STATE_NOUNS);

    /** Words and single punctuation marks as tokens; capitalised words are names, "the" and "of" function words. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Character.isLetter(c)) {
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
            } else if (c == ' ') {
                i++;
                continue;
            }
            String w = text.substring(i, j);
            String lower = w.toLowerCase(Locale.ROOT);
            String pos = !Character.isLetter(c) ? "PUNCT" : FUNCTION_WORDS.contains(lower) ? "ADP"
                    : Character.isUpperCase(c) ? "PROPN" : "NOUN";
            tokens.add(new Token(new Span(i, j), w, pos, lower));
            i = j;
        }
        return new Sentence(new Span(0, text.length()), tokens);
    }

    private static List<EntityMention> link(String text) {
        return assertTimeoutPreemptively(GUARD, () -> LINKER.link(text, sentence(text)));
    }

    @Test
    void aLongChainOfHyphenatedDemonyms() {
        String text = "Soviet-".repeat(LENGTH / 7) + "era";
        List<EntityMention> m = link(text);
        assertThat(m).hasSize(LENGTH / 7).allMatch(EntityMention::demonym);
        assertThat(m.get(m.size() - 1).role()).isEqualTo(EntityMention.Role.CULTURE);
    }

    @Test
    void manyOfficesOfStates() {
        String unit = "the President of France ";
        List<EntityMention> m = link(unit.repeat(LENGTH / unit.length()));
        assertThat(m).hasSize(LENGTH / unit.length()).allMatch(EntityMention::isStateActor);
    }

    @Test
    void manyPossessivesAndLongRunsOfCapitals() {
        String unit = "Russia's government ";
        assertThat(link(unit.repeat(LENGTH / unit.length()))).allMatch(EntityMention::isStateActor);
        List<EntityMention> run = link("Soviet " + "Premier ".repeat(LENGTH / 8));
        assertThat(run).singleElement().satisfies(x -> assertThat(x.role()).isEqualTo(EntityMention.Role.STATE));
    }
}
