package dev.recon.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9: runs of text with no sentence end are cut into bounded pieces, and nothing is lost. */
class LongRunPiecesTest {

    private static void coversAllButWhitespace(String text, List<Span> pieces) {
        StringBuilder kept = new StringBuilder();
        pieces.forEach(p -> kept.append(p.of(text)));
        assertThat(kept.toString()).isEqualTo(text.replaceAll("\\s+", ""));
    }

    @Test
    void aListOfFiguresIsCutAtCommas() {
        String text = "The counts were " + "1, ".repeat(2_000) + "in all.";
        List<Span> pieces = Annotator.pieces(text, new Span(0, text.length()));
        assertThat(pieces).hasSizeGreaterThan(5)
                .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(Annotator.MAX_SENTENCE_CHARS));
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p.of(text)).endsWith(","));
        assertThat(String.join(" ", pieces.stream().map(p -> p.of(text)).toList())).isEqualTo(text.strip());
    }

    @Test
    void semicolonsComeBeforeCommas() {
        String clause = "the river rose, the banks broke, and the town flooded; ";
        String text = clause.repeat(40);
        List<Span> pieces = Annotator.pieces(text, new Span(0, text.length()));
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p.of(text)).endsWith(";"));
    }

    @Test
    void aRunWithoutSpacesIsCutHardAndKeepsSurrogatePairsWhole() {
        String text = "(".repeat(999) + "😀" + "(".repeat(3_000);
        List<Span> pieces = Annotator.pieces(text, new Span(0, text.length()));
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(Annotator.MAX_SENTENCE_CHARS);
            assertThat(Character.isLowSurrogate(text.charAt(p.start()))).isFalse();
        });
        coversAllButWhitespace(text, pieces);
    }

    @Test
    void ordinarySentencesAreNotCut() {
        String text = "The bridge opened in 1932 after six years of work.";
        assertThat(Annotator.pieces(text, new Span(0, text.length()))).containsExactly(new Span(0, text.length()));
    }
}
