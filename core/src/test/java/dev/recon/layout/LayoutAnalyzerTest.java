package dev.recon.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.citation.CitationMarker;
import dev.recon.citation.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutAnalyzerTest {

    private final LayoutAnalyzer analyzer = LayoutAnalyzer.standard();

    private static List<String> texts(String text, List<Block> blocks, BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).map(b -> b.span().of(text)).toList();
    }

    @Test
    void maskedTextKeepsEveryOffset() {
        String text = "# Title\n\nThe **treaty** was signed in [Paris](https://example.org) in 1973.[2][3]\n";
        Layout layout = analyzer.analyze(text);
        assertThat(layout.masked()).hasSameSizeAs(text);
        int i = text.indexOf("treaty");
        assertThat(layout.masked().substring(i, i + 6)).isEqualTo("treaty");
        int p = text.indexOf("Paris");
        assertThat(layout.masked().substring(p, p + 5)).isEqualTo("Paris");
        assertThat(layout.masked()).doesNotContain("**").doesNotContain("https").doesNotContain("[2]");
    }

    @Test
    void webDumpFurnitureIsNotContent() {
        String text = """
                Open main menu

                Updated on
                Edit
                Like
                Share on FacebookTweet on TwitterShare on LinkedIn
                The two states signed a treaty of friendship in 1961 after long talks.

                Early historyEdit

                The second paragraph says something else entirely about the treaty.
                """;
        Layout layout = analyzer.analyze(text);
        assertThat(texts(text, layout.blocks(), BlockKind.BOILERPLATE))
                .contains("Open main menu", "Updated on", "Edit", "Like", "Share on FacebookTweet on TwitterShare on LinkedIn");
        assertThat(texts(text, layout.blocks(), BlockKind.HEADING)).containsExactly("Early historyEdit");
        assertThat(layout.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).map(Block::section))
                .containsExactly("", "Early history");
        assertThat(layout.masked()).doesNotContain("Share on").doesNotContain("historyEdit");
    }

    @Test
    void referenceListsAndMarkersAreParsedAndEmptyEntriesKnown() {
        String text = """
                Pol Pot visited the country once.[9] The visit was brief.[1]

                See alsoEdit

                  1. ^ a b Smith, Jane (2012). "A history". Journal. 14 (4): 122.
                  9. ^
                """;
        Layout layout = analyzer.analyze(text);
        assertThat(layout.markers()).extracting(CitationMarker::number).containsExactly(9, 1);
        assertThat(layout.references()).extracting(Reference::number).containsExactly(1, 9);
        assertThat(layout.reference(9)).hasValueSatisfying(r -> assertThat(r.isEmpty()).isTrue());
        assertThat(layout.reference(1)).hasValueSatisfying(r -> assertThat(r.content().of(text)).startsWith("Smith, Jane"));
        assertThat(layout.paragraphs()).hasSize(1);
    }

    @Test
    void markdownBackMatterAndMetaDescriptionsAreNotContent() {
        String text = """
                **Topic Overview**
                ## History
                The alliance was founded in 1949 by twelve states in Washington.
                —
                ## See Also
                – Related topic one
                —
                **Meta Description:**
                This article explores the alliance from the Cold War to the present day in depth.
                """;
        Layout layout = analyzer.analyze(text);
        assertThat(layout.paragraphs()).hasSize(1);
        assertThat(layout.paragraphs().get(0).section()).isEqualTo("History");
        assertThat(texts(text, layout.blocks(), BlockKind.SEPARATOR)).containsExactly("—", "—");
        assertThat(layout.masked()).doesNotContain("explores").doesNotContain("Related topic");
    }

    @Test
    void aBareReferencesLineOpensBackMatter() {
        String text = "The first sentence states a fact about the treaty of 1961.\n\nReferences\n\nSome Site Wikipedia\n";
        Layout layout = analyzer.analyze(text);
        assertThat(texts(text, layout.blocks(), BlockKind.BACK_MATTER)).containsExactly("References", "Some Site Wikipedia");
    }

    @Test
    void shortStandaloneLinesAreFragments() {
        assertThat(LayoutAnalyzer.isFragment("North Korea")).isTrue();
        assertThat(LayoutAnalyzer.isFragment("Map indicating locations of North Korea and Vietnam")).isTrue();
        assertThat(LayoutAnalyzer.isFragment("The treaty was signed in Paris in 1973 by four parties.")).isFalse();
    }

    @Test
    void listItemsAreStatementsOfTheirOwn() {
        String text = "## Key facts\n- England won the World Cup in 1966\n- The final was played at Wembley\n* 96,924 attended\n";
        Layout layout = analyzer.analyze(text);
        assertThat(layout.paragraphs()).extracting(b -> b.span().of(text))
                .containsExactly("- England won the World Cup in 1966", "- The final was played at Wembley", "* 96,924 attended");
        assertThat(layout.masked()).doesNotContain("- ").doesNotContain("* ");
    }
}
