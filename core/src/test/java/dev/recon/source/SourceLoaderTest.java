package dev.recon.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.nlp.Paragraphs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {

    @TempDir
    Path dir;

    private final SourceLoader loader = new SourceLoader();

    private String write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p.toString();
    }

    private String write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadsADirectoryInNameOrderWithKindsFromTheManifest() throws Exception {
        write("b.txt", "Second text.");
        write("a.md", "First text.");
        write("notes.json", "{}");
        write(SourceLoader.MANIFEST, "{\"sources\":[{\"file\":\"a.md\",\"kind\":\"overview\"}]}");
        List<Source> sources = loader.load(List.of(dir.toString()), 2);
        assertThat(sources).extracting(Source::id).containsExactly("a", "b");
        assertThat(sources).extracting(Source::kind).containsExactly(SourceKind.OVERVIEW, SourceKind.OTHER);
        assertThat(sources.get(0).path()).isEqualTo(dir + "/a.md");
    }

    @Test
    void theSameFileGivenTwiceIsRefusedNamingBothSpellings() throws Exception {
        String a = write("a.txt", "First text.");
        write("b.txt", "Second text.");
        String other = dir.resolve(".").resolve("a.txt").toString();
        assertThatThrownBy(() -> loader.load(List.of(a, other), 0)).isInstanceOf(InputException.class)
                .hasMessage(other + ": the same file is given twice; give each source once (also as " + a + ")");
        assertThatThrownBy(() -> loader.load(List.of(dir.toString(), a), 0))
                .hasMessage(a + ": the same file is given twice; give each source once (also as " + dir + "/a.txt)");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("b.txt"));
        assertThatThrownBy(() -> loader.load(List.of(dir.toString()), 0)).hasMessageContaining("given twice")
                .hasMessageContaining(dir + "/link.txt");
        Files.delete(link);
        assertThat(loader.load(List.of(dir.toString()), 2)).hasSize(2);
    }

    @Test
    void aSourceInAnotherLanguageIsRefusedNamingTheLanguage() throws Exception {
        String english = write("english.txt", Paragraphs.ENGLISH);
        String german = write("german.txt", Paragraphs.GERMAN);
        assertThatThrownBy(() -> loader.load(List.of(english, german), 2)).isInstanceOf(InputException.class)
                .hasMessage(german + ": not English; recon compares English text only (it reads as German)");
        String french = write("french.md", "# Histoire\n\n" + Paragraphs.FRENCH);
        assertThatThrownBy(() -> loader.load(List.of(french, english), 2)).hasMessageContaining("reads as French");
        assertThat(loader.load(List.of(english, write("short.txt", "Die Brücke wurde 1932 eröffnet.")), 2)).hasSize(2);
    }

    @Test
    void missingFileNamesTheFile() {
        String missing = dir.resolve("nope.txt").toString();
        assertThatThrownBy(() -> loader.load(List.of(missing), 0))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file or directory");
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws Exception {
        String empty = write("empty.txt", "");
        String blank = write("blank.txt", " \n\t\n");
        assertThatThrownBy(() -> loader.load(List.of(empty), 0)).hasMessage(empty + ": file is empty");
        assertThatThrownBy(() -> loader.load(List.of(blank), 0)).hasMessageStartingWith(blank + ": file is empty");
    }

    @Test
    void utf16IsNamedWithTheCommandThatConvertsIt() throws Exception {
        String text = "The company was founded in Helsinki in 1865 and merged with a rubber works in 1967.\n";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
        String withBom = write("bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le));
        String withBigBom = write("bigbom.txt", text.getBytes(StandardCharsets.UTF_16));
        String little = write("little.txt", le);
        String big = write("big.txt", be);
        assertThatThrownBy(() -> loader.load(List.of(withBom), 0)).isInstanceOf(InputException.class)
                .hasMessage(withBom + ": UTF-16 text; recon reads UTF-8 (convert it with: iconv -f UTF-16 -t UTF-8 "
                        + withBom + ")")
                .hasMessageNotContaining("binary");
        assertThatThrownBy(() -> loader.load(List.of(withBigBom), 0)).hasMessageContaining("iconv -f UTF-16 -t UTF-8");
        assertThatThrownBy(() -> loader.load(List.of(little), 0)).hasMessageContaining("UTF-16 text")
                .hasMessageContaining("iconv -f UTF-16LE -t UTF-8 " + little);
        assertThatThrownBy(() -> loader.load(List.of(big), 0)).hasMessageContaining("UTF-16 text")
                .hasMessageContaining("iconv -f UTF-16BE -t UTF-8 " + big);
    }

    @Test
    void nulBytesInBothHalvesOfTheUnitsAreBinaryNotUtf16() throws Exception {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0 : 'a' + i % 26);
        }
        String mixed = write("mixed.txt", bytes);
        assertThatThrownBy(() -> loader.load(List.of(mixed), 0)).hasMessage(mixed + ": binary file, not text");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void binaryAndNonUtf8FilesAreRefused() throws Exception {
        String png = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        String latin1 = write("latin1.txt", "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> loader.load(List.of(png), 0))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.BINARY));
        assertThatThrownBy(() -> loader.load(List.of(latin1), 0))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.NOT_UTF8))
                .hasMessage(latin1 + ": not valid UTF-8 text");
    }

    @Test
    void aDirectoryWithoutTextFilesIsRefused() throws Exception {
        write("data.csv", "a,b");
        assertThatThrownBy(() -> loader.load(List.of(dir.toString()), 0))
                .hasMessage(dir + ": directory holds no .txt or .md files");
    }

    @Test
    void fewerThanTwoSourcesIsAnInputError() throws Exception {
        String one = write("one.txt", "Only text.");
        assertThatThrownBy(() -> loader.load(List.of(one), 2))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputProblem.TOO_FEW_SOURCES));
    }

    @Test
    void aBadManifestNamesTheManifest() throws Exception {
        write("a.txt", "Text.");
        write(SourceLoader.MANIFEST, "{\"sources\":[{\"file\":\"a.txt\",\"kind\":\"blog\"}]}");
        assertThatThrownBy(() -> loader.load(List.of(dir.toString()), 0))
                .hasMessageContaining(SourceLoader.MANIFEST).hasMessageContaining("unknown source kind 'blog'");
    }

    @Test
    void sameFileNamesInTwoDirectoriesGetDistinctIds() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));
        String a = write("text.txt", "One.");
        Path b = other.resolve("text.txt");
        Files.writeString(b, "Two.");
        assertThat(loader.load(List.of(a, b.toString()), 2)).extracting(Source::id).containsExactly("text", "text-2");
    }

    @Test
    void keepsTheTextExactlyAsDecoded() throws Exception {
        String crlf = write("crlf.txt", "\uFEFFLine one.\r\nLine two.\r\n");
        Source s = loader.load(List.of(crlf), 0).get(0);
        assertThat(s.text()).isEqualTo("\uFEFFLine one.\r\nLine two.\r\n");
        assertThat(s.sha256()).hasSize(64);
    }

    @Test
    void whatADirectoryHoldsBesideItsTextFilesIsSkippedWithTheReason() throws Exception {
        write("a.txt", "First text.");
        write("b.md", "Second text.");
        write("notes.json", "{}");
        write(".hidden.txt", "Hidden text.");
        write(SourceLoader.MANIFEST, "{\"sources\":[]}");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.txt"), "Third text.");
        List<SourceLoader.Skipped> skipped = new ArrayList<>();
        List<Source> sources = loader.load(List.of(dir.toString()), 2, skipped::add);
        assertThat(sources).extracting(Source::id).containsExactly("a", "b");
        assertThat(skipped).containsExactly(
                new SourceLoader.Skipped(dir + "/.hidden.txt", "a hidden file"),
                new SourceLoader.Skipped(dir + "/notes.json", "not a .txt or .md file"),
                new SourceLoader.Skipped(dir + "/sub/", "a folder; folders inside folders are read only recursively"));
    }

    @Test
    void recursivelyFoldersAreReadDepthFirstInNameOrderButNotHiddenOnesOrLinks() throws Exception {
        write("b.txt", "Top text.");
        Files.createDirectories(dir.resolve("a/deeper"));
        Files.writeString(dir.resolve("a/x.txt"), "Folder text.");
        Files.writeString(dir.resolve("a/deeper/y.md"), "Deeper text.");
        Files.createDirectory(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/z.txt"), "Tooling text.");
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        List<SourceLoader.Skipped> skipped = new ArrayList<>();
        List<Source> sources = loader.recursive(true).load(List.of(dir.toString()), 2, skipped::add);
        assertThat(sources).extracting(Source::path)
                .containsExactly(dir + "/a/deeper/y.md", dir + "/a/x.txt", dir + "/b.txt");
        assertThat(skipped).containsExactly(new SourceLoader.Skipped(dir + "/.git/", "a hidden folder"),
                new SourceLoader.Skipped(dir + "/loop/", "a link to a folder, not followed"));
    }

    @Test
    void aPatternMeansTheFilesItMatches() throws Exception {
        write("a.txt", "First text.");
        write("b.txt", "Second text.");
        write("c.md", "Third text.");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/d.txt"), "Fourth text.");
        assertThat(loader.load(List.of(dir + "/*.txt"), 2)).extracting(Source::id).containsExactly("a", "b");
        assertThat(loader.load(List.of(dir + "/**.txt"), 2)).extracting(Source::id).containsExactly("a", "b", "d");
        assertThat(loader.load(List.of(dir + "/{a,c}.*"), 2)).extracting(Source::id).containsExactly("a", "c");
        assertThatThrownBy(() -> loader.load(List.of(dir + "/*.rst"), 0))
                .isInstanceOf(InputException.class).hasMessage(dir + "/*.rst: no file matches this pattern");
    }

    @Test
    void aDashIsTheStandardInputReadOnceAndCheckedAsAnyFile() throws Exception {
        String a = write("a.txt", "First text.");
        SourceLoader fromStdin = loader.standardInput(() -> new ByteArrayInputStream("Piped text.".getBytes(StandardCharsets.UTF_8)));
        List<Source> sources = fromStdin.load(List.of(a, "-"), 2);
        assertThat(sources.get(1).id()).isEqualTo("stdin");
        assertThat(sources.get(1).path()).isEqualTo("-");
        assertThat(sources.get(1).text()).isEqualTo("Piped text.");
        assertThatThrownBy(() -> loader.standardInput(() -> new ByteArrayInputStream(new byte[0])).load(List.of(a, "-"), 2))
                .isInstanceOf(InputException.class).hasMessageStartingWith("standard input: file is empty");
        assertThatThrownBy(() -> fromStdin.load(List.of("-", "-"), 2))
                .isInstanceOf(InputException.class).hasMessageContaining("standard input: the same file is given twice");
        assertThatThrownBy(() -> loader.load(List.of(a, "-"), 2))
                .as("without a standard input, - is a file name").hasMessageStartingWith("-: no such file");
    }
}
