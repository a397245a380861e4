package dev.recon.internal.layout;

import dev.recon.model.BlockKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worst inputs found for the layout's regular expressions (docs/redos-audit.md), each a line of
 * about {@value #LENGTH} characters. Each used to take quadratic or exponential time or to overflow the
 * stack; the analysis must now finish, and still read the line as it did before.
 */
class LayoutWorstCaseTest {

    /** Long enough that a quadratic pattern takes minutes, and a recursive one overflows the stack. */
    private static final int LENGTH = 100_000;
    /** A hang guard, not a benchmark: a linear pass over the line takes milliseconds. */
    private static final Duration GUARD = Duration.ofSeconds(5);

    private static final LayoutAnalyzer LAYOUT = LayoutAnalyzer.standard();

    private static Layout analyze(String text) {
        return assertTimeoutPreemptively(GUARD, () -> LAYOUT.analyze(text));
    }

    private static String repeat(String unit) {
        return unit.repeat(LENGTH / unit.length());
    }

    private static List<BlockKind> kinds(Layout layout) {
        return layout.blocks().stream().map(Block::kind).toList();
    }

    @Test
    void aReferenceLineWithEndlessBackLinksIsStillAReference() {
        Layout layout = analyze("1. ^" + repeat(" a") + " Author (2012). Title.\n");
        assertThat(layout.references()).hasSize(1);
        assertThat(layout.references().get(0).number()).isEqualTo(1);
    }

    @Test
    void aHeadingOfHashesEndingInAWordIsAHeading() {
        Layout layout = analyze("# " + repeat("#") + "x\n\nThe company was founded in Helsinki in 1865.\n");
        assertThat(kinds(layout)).startsWith(BlockKind.HEADING);
    }

    @Test
    void aHeadingKeepsItsTextAndLosesItsClosingHashes() {
        Layout layout = analyze("## Later history " + repeat("#") + "   \n\nThe company merged in 1967.\n");
        assertThat(layout.blocks().get(0).section()).isEqualTo("Later history");
        assertThat(analyze("# C#\n\nIt is a language.\n").blocks().get(0).section()).isEqualTo("C");
    }

    @Test
    void aLineOfOpeningBracketsOrUnclosedLinksEnds() {
        analyze("The company was founded in 1865 " + repeat("[") + ".\n");
        Layout links = analyze("The company was founded in 1865 " + repeat("[a](x") + ".\n");
        assertThat(kinds(links)).contains(BlockKind.PARAGRAPH);
    }

    @Test
    void linksAreStillMaskedToTheirText() {
        String target = "(https://example.org/h \"Helsinki\")";
        String text = "It was founded in [Helsinki]" + target + " in 1865.\n";
        String masked = "It was founded in  Helsinki " + " ".repeat(target.length()) + " in 1865.\n";
        assertThat(analyze(text).masked()).isEqualTo(masked);
    }

    @Test
    void aLongRunOfBlanksAfterADateLabelIsNoDate() {
        assertThat(analyze("Published" + repeat(" ") + "x\n").documentDate()).isEmpty();
        assertThat(analyze("Published:" + repeat("\t") + "March 4, 2021\nThe ship sank.\n").documentDate())
                .isEqualTo(Optional.of(LocalDate.of(2021, 3, 4)));
    }

    @Test
    void bylinesOfEndlessCapitalsOrBlanksEnd() {
        analyze("By John Smith, " + repeat("A") + "1\n");
        analyze("By John Smith |" + repeat(" ") + "1\n");
        assertThat(kinds(analyze("By JANE DOE, Staff Writer\n"))).containsExactly(BlockKind.BOILERPLATE);
    }

    @Test
    void bracketsFullOfBlanksEnd() {
        analyze("(" + repeat(" ") + "x)\n");
        assertThat(kinds(analyze("(Xinhua)\n"))).containsExactly(BlockKind.BOILERPLATE);
    }

    @Test
    void endlessShareButtonsAndCountersAreStillFurniture() {
        assertThat(kinds(analyze(repeat("Share on Facebook ").strip() + "\n"))).containsExactly(BlockKind.BOILERPLATE);
        assertThat(kinds(analyze("Share on FacebookShare on Twitter\n"))).containsExactly(BlockKind.BOILERPLATE);
        assertThat(kinds(analyze(repeat("1.2k shares ").strip() + "\n"))).containsExactly(BlockKind.BOILERPLATE);
    }

    @Test
    void anEndlessHostNameIsStillFurniture() {
        assertThat(kinds(analyze(repeat("a.") + "com\n"))).containsExactly(BlockKind.BOILERPLATE);
        assertThat(kinds(analyze("news.example.co.uk\n"))).containsExactly(BlockKind.BOILERPLATE);
        assertThat(kinds(analyze("example..com\n"))).doesNotContain(BlockKind.BOILERPLATE);
    }

    /** A character that '.' does not match, so a pattern ending in {@code (.*)} must backtrack. */
    private static final String NEXT_LINE = "\u0085x";

    @Test
    void aMetaLabelBeforeEndlessBlanksEnds() {
        analyze("Tags" + repeat(" ") + NEXT_LINE + "\n");
        assertThat(kinds(analyze("Tags: history, industry\n"))).containsExactly(BlockKind.META);
    }

    @Test
    void aNumberedReferenceBeforeEndlessBlanksEnds() {
        analyze("## References\n\n1." + repeat(" ") + NEXT_LINE + "\n");
        Layout layout = analyze("## References\n\n[3] Another reference.\n");
        assertThat(layout.references()).extracting(r -> r.number()).containsExactly(3);
    }

    @Test
    void aBoldLineBeforeEndlessBlanksEnds() {
        analyze("**a**" + repeat(" ") + "x\n");
        assertThat(analyze("**Early years:**\n\nThe company was founded in 1865.\n").blocks().get(0).section())
                .isEqualTo("Early years");
    }

    @Test
    void aRepeatedParagraphOfEndlessAbbreviationsEnds() {
        String para = repeat("Mr. ").strip();
        assertThat(kinds(analyze(para + "\n\n" + para + "\n"))).containsExactly(BlockKind.FRAGMENT, BlockKind.FRAGMENT);
        String sentences = "Gen. Smith arrived. He spoke.";
        assertThat(kinds(analyze(sentences + "\n\n" + sentences + "\n"))).containsExactly(BlockKind.PARAGRAPH,
                BlockKind.FRAGMENT);
    }
}
