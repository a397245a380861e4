package dev.recon.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    private final LanguageCheck check = LanguageCheck.bundled();

    @Test
    void germanAndFrenchParagraphsAreNamed() {
        assertThat(check.notEnglish(Paragraphs.GERMAN)).hasValueSatisfying(l -> {
            assertThat(l.code()).isEqualTo("deu");
            assertThat(l.name()).isEqualTo("German");
        });
        assertThat(check.notEnglish(Paragraphs.FRENCH)).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("French"));
    }

    @Test
    void anEnglishParagraphPasses() {
        assertThat(check.notEnglish(Paragraphs.ENGLISH)).isEmpty();
    }

    @Test
    void tooLittleTextIsNotJudged() {
        String sentence = "Der Vertrag wurde 1961 in Berlin von beiden Regierungen unterzeichnet.";
        assertThat(LanguageCheck.enoughToJudge(sentence)).isFalse();
        assertThat(check.notEnglish(sentence)).isEmpty();
        assertThat(LanguageCheck.enoughToJudge(Paragraphs.GERMAN)).isTrue();
        String names = "The Velvet Revolution: Václav Havel, Alexander Dubček, Občanské fórum, "
                + "Verejnosť proti násiliu, Praha, Bratislava, 17. listopadu 1989, Marián Čalfa, Gustáv Husák.";
        assertThat(check.notEnglish(names)).isEmpty();
    }

    @Test
    void englishListsOfForeignNamesAndShortNewsItemsPass() {
        String names = """
                Leaders named in the sources:
                - Kim Il Sung, Kim Jong Il, Pham Van Dong, Le Duan, Nguyen Van Thieu, Vo Nguyen Giap
                - Ho Chi Minh, Truong Chinh, Le Duc Tho, Nguyen Thi Binh, Van Tien Dung, Ton Duc Thang
                - Choe Yong-gon, Pak Hon-yong, Kim Chaek, Nam Il, Kim Tu-bong, Ho Ka-i, Mu Chong
                - Nokia Oyj, Suomen Kumitehdas, Suomen Kaapelitehdas, Nokia Aktiebolag, Fredrik Idestam
                """;
        assertThat(LanguageCheck.enoughToJudge(names)).isTrue();
        assertThat(check.notEnglish(names)).isEmpty();
        String news = "KATHMANDU (Reuters) - A Yeti Airlines plane with 72 people on board crashed on Sunday "
                + "near the Nepali city of Pokhara, killing at least 68, officials said. It was the country's "
                + "deadliest air accident in three decades. Rescuers searched the gorge into the night.";
        assertThat(check.notEnglish(news)).isEmpty();
    }

    @Test
    void noBundledCorpusOrDevClusterSourceIsRefused() throws IOException {
        Path root = Path.of(System.getProperty("recon.root", "..")).toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> corpus = Files.walk(root.resolve("corpus"));
             Stream<Path> clusters = Files.isDirectory(root.resolve("../shared/dev-clusters"))
                     ? Files.walk(root.resolve("../shared/dev-clusters")) : Stream.empty()) {
            files = Stream.concat(corpus, clusters)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            assertThat(check.notEnglish(Files.readString(f))).as(f.toString()).isEmpty();
        }
    }

    /** The count that spares loading the detector must never pass a text in another language. */
    @Test
    void onlyEnglishIsPlainlyEnglishByItsWords() throws IOException {
        assertThat(LanguageCheck.plainlyEnglish(Paragraphs.ENGLISH)).isTrue();
        assertThat(LanguageCheck.plainlyEnglish(Paragraphs.GERMAN)).isFalse();
        assertThat(LanguageCheck.plainlyEnglish(Paragraphs.FRENCH)).isFalse();
        assertThat(LanguageCheck.plainlyEnglish("De stad ligt aan de oever van de rivier en werd in de twaalfde eeuw "
                + "gesticht. Het was lange tijd een belangrijk centrum van de handel, en de burgers waren trots op hun "
                + "onafhankelijkheid.")).isFalse();
        assertThat(LanguageCheck.plainlyEnglish("La ciudad está situada en la orilla del río y fue fundada en el siglo "
                + "doce. Durante mucho tiempo fue un centro importante del comercio.")).isFalse();
        assertThat(LanguageCheck.plainlyEnglish("")).isFalse();
        Path root = Path.of(System.getProperty("recon.root", "..")).toAbsolutePath().normalize();
        try (Stream<Path> corpus = Files.walk(root.resolve("corpus"))) {
            for (Path f : corpus.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertThat(LanguageCheck.plainlyEnglish(Files.readString(f))).as(f.toString()).isTrue();
            }
        }
    }
}
