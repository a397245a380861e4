package dev.recon.internal.nlp;

import dev.recon.model.Token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

    private static List<String> sentences(String text) {
        Annotator a = Annotator.over(Fixtures.MODELS);
        List<Sentence> out = a.sentences(text, new Span(0, text.length()));
        out.forEach(s -> assertThat(s.span().of(text)).isEqualTo(text.substring(s.span().start(), s.span().end())));
        return out.stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void abbreviationsInsideASentenceDoNotEndIt() {
        assertThat(sentences("The mayor visited the harbour on Wednesday, Aug. 24, 2005. The crowd was small."))
                .containsExactly("The mayor visited the harbour on Wednesday, Aug. 24, 2005.", "The crowd was small.");
        assertThat(sentences("The plant was only 40 km. from the city, on a bend of the river."))
                .containsExactly("The plant was only 40 km. from the city, on a bend of the river.");
        assertThat(sentences("The fire started in the No. 2 stand."))
                .containsExactly("The fire started in the No. 2 stand.");
        assertThat(sentences("Shortly after 9:40 p.m. they were stopped by the guards. Nobody was hurt."))
                .containsExactly("Shortly after 9:40 p.m. they were stopped by the guards.", "Nobody was hurt.");
        assertThat(sentences("The letter was signed by Gen. Harold Whitby and two aides. It was never sent."))
                .containsExactly("The letter was signed by Gen. Harold Whitby and two aides.", "It was never sent.");
        assertThat(sentences("Leaders, including U.S. President Carter, sent telegrams of support to the mill."))
                .containsExactly("Leaders, including U.S. President Carter, sent telegrams of support to the mill.");
    }

    @Test
    void anAbbreviationAtTheEndOfASentenceStillEndsIt() {
        assertThat(sentences("The harvest ended early in Nov. Rain came the next week."))
                .containsExactly("The harvest ended early in Nov.", "Rain came the next week.");
        assertThat(sentences("The meeting ended at 6 p.m. Nobody signed anything that evening."))
                .containsExactly("The meeting ended at 6 p.m.", "Nobody signed anything that evening.");
    }

    @Test
    void annotatorsThatShareTheirCacheGiveWhatAFreshOneGives() {
        String text = "The canal opened in 1869. Mirrors repeat it: the canal opened in 1869.";
        Span second = new Span(text.indexOf("the canal"), text.length());
        List<Annotator> pair = Annotator.sharing(Fixtures.MODELS, 2);
        assertThat(pair).hasSize(2);
        // the first fills the cache; the second reads the same words at another offset from it
        List<Token> first = pair.get(0).tokens(text, second);
        List<Token> fromCache = pair.get(1).tokens(text, second);
        List<Token> fresh = Annotator.over(Fixtures.MODELS).tokens(text, second);
        assertThat(fromCache).isEqualTo(fresh).isEqualTo(first);
        assertThat(fromCache.get(0).span().start()).isEqualTo(second.start());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Annotator.sharing(Fixtures.MODELS, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
