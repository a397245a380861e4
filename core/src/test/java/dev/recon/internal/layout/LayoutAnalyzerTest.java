package dev.recon.internal.layout;

import dev.recon.model.BlockKind;
import dev.recon.model.SetAside;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.model.CitationMarker;
import dev.recon.model.Reference;
import java.time.LocalDate;
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
    void backMatterEndsAtTheNextHeadingOfItsLevelOrHigher() {
        String text = """
                # Early years

                The company was founded in Helsinki in 1865.

                ## See also

                - Finnish industry

                ### Books

                - A history of the company, 2001.

                ## Later history

                The company merged with a rubber works in 1967.

                # References

                1. Smith, Jane (2012). A history.
                """;
        Layout layout = analyzer.analyze(text);
        assertThat(texts(text, layout.blocks(), BlockKind.PARAGRAPH)).containsExactly(
                "The company was founded in Helsinki in 1865.", "The company merged with a rubber works in 1967.");
        assertThat(layout.paragraphs().get(1).section()).isEqualTo("Later history");
        // a lower heading inside back matter is a sub-label of it
        assertThat(texts(text, layout.blocks(), BlockKind.BACK_MATTER)).contains("### Books", "- A history of the company, 2001.");
        assertThat(layout.references()).extracting(Reference::number).containsExactly(1);
    }

    @Test
    void anUnmarkedHeadingEndsUnmarkedBackMatterButNotMarkedBackMatter() {
        String unmarked = "The first sentence states a fact about the treaty of 1961.\n\nSee alsoEdit\n\nTreaty ports\n\n"
                + "Later historyEdit\n\nThe treaty was renewed in 1981 by both parties.\n";
        assertThat(texts(unmarked, analyzer.analyze(unmarked).blocks(), BlockKind.PARAGRAPH))
                .containsExactly("The first sentence states a fact about the treaty of 1961.",
                        "The treaty was renewed in 1981 by both parties.");
        String marked = "## Further reading\n\n**Books**\n\nThe treaty ports, a study published by the press in 1990.\n";
        assertThat(analyzer.analyze(marked).paragraphs()).isEmpty();
    }

    @Test
    void noPartOfALongFileIsLeftOutUnaccounted() throws Exception {
        // an article repeated: each copy's "See alsoEdit" once swallowed the rest of the file, so a
        // 50 MB file was read up to its first reference list only
        String article = java.nio.file.Files.readString(java.nio.file.Path.of("..", "corpus", "north-korea-vietnam", "wikipedia.txt"));
        String text = article.repeat(3);
        Layout layout = analyzer.analyze(text);
        assertThat(layout.paragraphs()).anyMatch(p -> p.span().start() > 2 * article.length());
        assertThat(layout.paragraphs().stream().filter(p -> p.span().start() > article.length()).count())
                .isGreaterThan(layout.paragraphs().stream().filter(p -> p.span().start() < article.indexOf("See alsoEdit")).count());
        // every character that is not whitespace is in a block: read, or set aside and so reported
        boolean[] covered = new boolean[text.length()];
        layout.blocks().forEach(b -> java.util.Arrays.fill(covered, b.span().start(), b.span().end(), true));
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                assertThat(covered[k]).as("offset %d ('%s') is in a block", k, text.charAt(k)).isTrue();
            }
        }
    }

    @Test
    void everyBlockButParagraphsIsAccountedForAsSetAside() {
        String text = "# Title\n\nThe treaty was signed in 1961 by both states.\n\n## See also\n\n- Treaty ports\n";
        List<SetAside> setAside = analyzer.analyze(text).setAside("a");
        assertThat(setAside).extracting(SetAside::kind).containsExactly(BlockKind.HEADING, BlockKind.BACK_MATTER);
        SetAside back = setAside.get(1);
        assertThat(back.blocks()).isEqualTo(2);
        assertThat(back.first().of(text)).isEqualTo("## See also");
        assertThat(back.chars()).isEqualTo("## See also".length() + "- Treaty ports".length());
    }

    @Test
    void aLineBreakInsideAParagraphIsReadAsASpaceWithoutMovingAnyOffset() {
        String text = "The summit brought North Korean leader Kim\nIl-sung's grandson and the American president\r\n"
                + "to Hanoi in 2019.\r\n\r\nThe talks ended without any agreement.\n";
        Layout layout = analyzer.analyze(text);
        assertThat(layout.masked()).hasSameSizeAs(text);
        assertThat(layout.flowed()).hasSameSizeAs(text);
        int kim = text.indexOf("Kim");
        assertThat(layout.masked().substring(kim, kim + 11)).isEqualTo("Kim Il-sung");
        assertThat(layout.flowed().substring(kim, kim + 11)).isEqualTo("Kim Il-sung");
        assertThat(layout.flowed()).startsWith("The summit").doesNotContain("\r").contains("president  to Hanoi");
        // paragraphs stay apart
        assertThat(texts(text, layout.blocks(), BlockKind.PARAGRAPH)).hasSize(2);
        assertThat(layout.masked()).contains("2019. \n \nThe talks");
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstLine() {
        String text = "\uFEFF# See also\n\n- Treaty ports\n";
        Layout layout = analyzer.analyze(text);
        assertThat(layout.paragraphs()).isEmpty();
        assertThat(layout.flowed()).startsWith(" # See also");
    }

    @Test
    void hardWrappingKeepsParagraphsAndListItemsWhole() {
        String prose = "Relations between the two countries cooled in the late sixties\n"
                + "- the embassy was closed - and were restored in 1992 by treaty.\n";
        assertThat(texts(prose, analyzer.analyze(prose).blocks(), BlockKind.PARAGRAPH)).containsExactly(prose.strip());
        assertThat(analyzer.analyze(prose).masked()).contains("sixties - the embassy");
        String list = "- Setting: The match was held in Kinshasa, Zaire, as part of a broader\n"
                + "effort to promote the country.\n- Outcome: Ali won.\n";
        assertThat(texts(list, analyzer.analyze(list).blocks(), BlockKind.PARAGRAPH)).containsExactly(
                "- Setting: The match was held in Kinshasa, Zaire, as part of a broader\neffort to promote the country.",
                "- Outcome: Ali won.");
        // a short list item ends at its line, and a list after a finished sentence is a list
        String menu = "- Home\nThe earthquake struck at night and destroyed whole villages in the mountains.\n";
        assertThat(analyzer.analyze(menu).blocks()).extracting(b -> b.span().of(menu))
                .containsExactly("- Home", "The earthquake struck at night and destroyed whole villages in the mountains.");
        String lead = "The survivors named three causes of the collapse of the old houses.\n- mud walls\n";
        assertThat(analyzer.analyze(lead).blocks()).hasSize(2);
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

    private static String content(Layout layout) {
        return layout.masked().strip().replaceAll("\\s+", " ");
    }

    @Test
    void aLeadingDateLineIsTheDocumentDateAndNoPartOfTheFirstSentence() {
        String text = " date 2019-04-02 The bridge reopened to traffic after two years of repairs.\n";
        Layout layout = analyzer.analyze(text);
        assertThat(layout.documentDate()).contains(LocalDate.of(2019, 4, 2));
        assertThat(layout.masked()).hasSameSizeAs(text).doesNotContain("2019").doesNotContain("date");
        Block para = layout.paragraphs().get(0);
        assertThat(para.span().of(text)).isEqualTo("The bridge reopened to traffic after two years of repairs.");

        assertThat(analyzer.analyze("Published: March 4, 2021\n\nThe council met twice that week to vote.").documentDate())
                .contains(LocalDate.of(2021, 3, 4));
        assertThat(analyzer.analyze("Updated 4 March 2021 The council met twice that week to vote.").documentDate())
                .contains(LocalDate.of(2021, 3, 4));
        assertThat(analyzer.analyze("The council met on 4 March 2021 to vote on the budget.").documentDate()).isEmpty();
        assertThat(analyzer.analyze("Some text first.\ndate 2021-03-04 comes later in the file.").documentDate()).isEmpty();
    }

    @Test
    void aDatelineIsMaskedAndTheSentenceAfterItKeptAtItsOffsets() {
        String text = "LISBON (Reuters) — The port workers ended their strike on Monday after a week.\n\n"
                + "NAIROBI - Heavy rain closed the main road for two days.\n";
        Layout layout = analyzer.analyze(text);
        assertThat(layout.masked()).doesNotContain("LISBON").doesNotContain("Reuters").doesNotContain("NAIROBI");
        int s = text.indexOf("The port workers");
        assertThat(layout.masked().substring(s, s + 16)).isEqualTo("The port workers");
        assertThat(layout.masked()).contains("Heavy rain closed the main road for two days.");
        assertThat(layout.paragraphs()).hasSize(2);
    }

    @Test
    void bylinesCreditsAndTeasersAreFurniture() {
        String text = """
                By: ExampleSite

                By Jane Q. Doe | Special to the Paper

                Updated: October 17, 2005, 4:34 PM ET

                By 1975, the mill had closed and most families had moved away to the coast.

                Source: Example News Agency

                (Xinhua)

                Click For More Stories

                More to follow…

                0 shares 7 views
                """;
        Layout layout = analyzer.analyze(text);
        assertThat(texts(text, layout.blocks(), BlockKind.BOILERPLATE)).containsExactly(
                "By: ExampleSite", "By Jane Q. Doe | Special to the Paper", "Updated: October 17, 2005, 4:34 PM ET",
                "Source: Example News Agency", "(Xinhua)", "Click For More Stories", "More to follow…",
                "0 shares 7 views");
        assertThat(texts(text, layout.blocks(), BlockKind.PARAGRAPH))
                .containsExactly("By 1975, the mill had closed and most families had moved away to the coast.");
    }

    @Test
    void photoCaptionsAreNotContent() {
        String text = "FILE - The old lighthouse stands over the bay on a stormy morning in 2004. The keeper left "
                + "that year. (AP Photo/John Roe, File)\n\n"
                + "Fishing boats wait out the storm in the harbour, Friday, May 5, 2006. (Photo: Jane Doe)\n\n"
                + "The lighthouse was automated in 2004 and the keeper's house was sold.\n";
        Layout layout = analyzer.analyze(text);
        assertThat(texts(text, layout.blocks(), BlockKind.PARAGRAPH))
                .containsExactly("The lighthouse was automated in 2004 and the keeper's house was sold.");
    }

    @Test
    void aSentenceCutOffAtTheEndOfTheFileLosesItsUnfinishedClause() {
        String cut = "The dam was finished in 1936 after five years of work by the river. "
                + "The government formed a three-member review c";
        assertThat(content(analyzer.analyze(cut))).isEqualTo("The dam was finished in 1936 after five years of work by the river.");

        String clauses = "The dam was finished in 1936 after five years of work by the river. Floods hit the valley in 1951, and the dam held, which "
                + "surprised the engineers at the S";
        Layout layout = analyzer.analyze(clauses);
        assertThat(content(layout)).isEqualTo("The dam was finished in 1936 after five years of work by the river. "
                + "Floods hit the valley in 1951, and the dam held");
        assertThat(texts(clauses, layout.blocks(), BlockKind.FRAGMENT)).containsExactly(", which surprised the engineers at the S");

        String teaser = "The dam was finished in 1936 after five years of work by the river. "
                + "That is because the engineers who built it were...";
        assertThat(content(analyzer.analyze(teaser))).isEqualTo("The dam was finished in 1936 after five years of work by the river.");
    }

    @Test
    void finishedEndingsListItemsAndMidFileParagraphsAreNotCut() {
        for (String whole : List.of("The dam was finished in 1936. It still stands.",
                "The dam was finished in 1936. \"Nobody expected it,\" he said.",
                "The dam was finished in 1936. It was a long wait....",
                "The dam was finished in 1936.\n\nThe dam was finished in 1936 by a crew of four hundred men\n\n## Notes\n")) {
            assertThat(analyzer.analyze(whole).masked()).as(whole).contains("The dam was finished in 1936.");
        }
        assertThat(content(analyzer.analyze("It still stands.\n\nThe engineers worked for five years. They lived in tents by the river"
                + " and ate what the valley grew, and many stayed on after the water rose behind the wall"
                + "\n\nThe dam was finished in 1936.")))
                .contains("They lived in tents by the river");
        String list = "## Facts\n- The dam was finished in 1936\n- It holds back the largest lake in the region";
        assertThat(content(analyzer.analyze(list))).endsWith("It holds back the largest lake in the region");
    }

    @Test
    void aSentenceRepeatedAsTheNextBlockIsAltTextAndCaption() {
        String caption = "Two rowers train on the river at dawn, Tuesday, June 3, 2014.";
        String text = caption + "\n\n" + caption + "\n\nThe club has trained on the river since 1890.\n";
        Layout layout = analyzer.analyze(text);
        assertThat(texts(text, layout.blocks(), BlockKind.PARAGRAPH)).containsExactly("The club has trained on the river since 1890.");

        String para = "The club has trained on the river since 1890. It won its first race in 1901.";
        Layout twice = analyzer.analyze(para + "\n\n" + para + "\n");
        assertThat(twice.paragraphs()).singleElement().satisfies(b -> assertThat(b.span().start()).isZero());
    }

    @Test
    void aFlattenedInfoboxIsNotProse() {
        String text = """
                (Redirected from Old Name)
                Harbour Strike
                Part of the labour unrest of 1926
                Date3 May – 12 May 1926
                Strikers 12,000 (est.)
                Location
                Caused by
                Resulted inA new wage agreement

                The harbour strike began on 3 May 1926 and ended nine days later with a new agreement.
                """;
        Layout layout = analyzer.analyze(text);
        assertThat(texts(text, layout.blocks(), BlockKind.PARAGRAPH))
                .containsExactly("The harbour strike began on 3 May 1926 and ended nine days later with a new agreement.");
        assertThat(layout.masked()).doesNotContain("Date3 May").doesNotContain("Redirected");

        String wrapped = "The harbour strike began on 3 May 1926 and spread\nto the rail yards and the mines within\n"
                + "two days, and it ended nine days later.\n";
        assertThat(analyzer.analyze(wrapped).paragraphs()).hasSize(1);
    }
}
