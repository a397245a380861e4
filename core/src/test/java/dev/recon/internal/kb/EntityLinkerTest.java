package dev.recon.internal.kb;

import dev.recon.kb.EntityMention;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.internal.nlp.Annotator;
import dev.recon.internal.nlp.Sentence;
import dev.recon.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private final EntityLinker linker = new EntityLinker(Fixtures.KB, Fixtures.STATE_NOUNS);
    private final Annotator annotator = Annotator.over(Fixtures.MODELS);

    private List<EntityMention> link(String text) {
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : annotator.sentences(text, new Span(0, text.length()))) {
            out.addAll(linker.link(text, s));
        }
        return out;
    }

    @Test
    void longestNameWinsAndWholeWordsOnly() {
        assertThat(link("The Democratic Republic of Vietnam and North Korea met; Koreans watched."))
                .extracting(EntityMention::text)
                .containsExactly("Democratic Republic of Vietnam", "North Korea");
    }

    @Test
    void hyphenatedDemonymsAreSplit() {
        List<EntityMention> m = link("Korean-Vietnamese relations and North Korean–Vietnamese ties");
        assertThat(m).extracting(EntityMention::text).containsExactly("Korean", "Vietnamese", "North Korean", "Vietnamese");
        assertThat(m).allMatch(EntityMention::demonym);
    }

    @Test
    void caseMatters() {
        assertThat(link("Let us go to the US.")).extracting(EntityMention::text).containsExactly("US");
    }

    @Test
    void aKnownNameInsideALongerProperNameIsNotAMention() {
        assertThat(link("He studied at Lenin Square.")).isEmpty();
        // the university is not in the knowledge base; its name must not be read as the person
        assertThat(link("a graduate of Kim Il-sung University")).isEmpty();
    }
}
