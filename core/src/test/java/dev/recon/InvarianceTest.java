package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.model.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import dev.recon.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Metamorphic tests on every bundled corpus and every dev cluster: how a file is formatted or named,
 * and in which order the sources come, must not change what the report counts (its minor and major
 * findings), and a copy of a source never disagrees with the source.
 *
 * <p>Findings are compared by kind, severity and what they quote (whitespace collapsed, each quote with
 * the source it comes from under its original name), never by id or offset, since offsets shift under
 * these changes. Every report checked must still quote the original file text exactly at its offsets.
 */
class InvarianceTest {

    private static final Path ROOT = Path.of(System.getProperty("recon.root", "..")).toAbsolutePath().normalize();
    private static final Path CORPORA = ROOT.resolve("corpus");
    private static final Path CLUSTERS = ROOT.resolve("../shared/dev-clusters").normalize();
    /** The width the reproduction wraps at, and the line length above which it wraps. */
    private static final int WRAP_WIDTH = 72;
    private static final int WRAP_LONGER_THAN = 80;
    private static final String BOM = "\uFEFF";

    /** The report on each set as given, made once and compared with every variant. */
    private final Map<String, Report> baselines = new HashMap<>();

    @TestFactory
    Stream<DynamicNode> bundledCorpora() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CORPORA)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(dirs).as("bundled corpora").isNotEmpty();
        return dirs.stream().map(d -> set(d.getFileName().toString(),
                () -> new SourceLoader().load(List.of(d.toString()), 2)));
    }

    @TestFactory
    Stream<DynamicNode> devClusters() throws IOException {
        assumeTrue(Files.isDirectory(CLUSTERS), "../shared/dev-clusters is not beside the repository");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CLUSTERS)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).sorted().toList();
        }
        assertThat(dirs).as("dev clusters").isNotEmpty();
        // as the scorer runs them: the files in the order gold.json lists them, kinds inferred
        return dirs.stream().map(d -> set(d.getFileName().toString(), () -> {
            JsonNode gold = new ObjectMapper().readTree(d.resolve("gold.json").toFile());
            List<String> files = new ArrayList<>();
            gold.get("sources").forEach(s -> files.add(d.resolve(s.get("file").asText()).toString()));
            return new SourceLoader().load(files, 2);
        }));
    }

    private interface Loader {
        List<Source> load() throws Exception;
    }

    private DynamicContainer set(String name, Loader loader) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, UnaryOperator<String>> t : formattings().entrySet()) {
            tests.add(DynamicTest.dynamicTest(t.getKey(), () -> {
                List<Source> given = loader.load();
                List<Source> changed = given.stream().map(s -> withText(s, t.getValue().apply(s.text()))).toList();
                assertSameCountedFindings(name, given, changed, identity(given));
            }));
        }
        tests.add(DynamicTest.dynamicTest("renamed files", () -> {
            List<Source> given = loader.load();
            List<Source> renamed = new ArrayList<>();
            Map<String, String> original = new HashMap<>();
            for (int i = 0; i < given.size(); i++) {
                Source s = given.get(i);
                String id = "renamed-" + (given.size() - i);
                renamed.add(new Source(id, "elsewhere/" + id + extension(s.path()), s.kind(), s.text()));
                original.put(id, s.id());
            }
            assertSameCountedFindings(name, given, renamed, original);
        }));
        tests.add(DynamicTest.dynamicTest("reordered sources", () -> {
            List<Source> given = loader.load();
            List<Source> reversed = new ArrayList<>(given);
            Collections.reverse(reversed);
            assertSameCountedFindings(name, given, reversed, identity(given));
        }));
        tests.add(DynamicTest.dynamicTest("duplicated source", () -> {
            List<Source> given = loader.load();
            Source first = given.get(0);
            Source copy = new Source(first.id() + "-copy", first.path() + ".copy", first.kind(), first.text());
            List<Source> withCopy = new ArrayList<>(given);
            withCopy.add(copy);
            Report r = Fixtures.reconciler().reconcile(withCopy);
            assertQuotesExact(r);
            assertThat(counted(r)).as("%s: counted findings that set %s against its copy", name, first.id())
                    .filteredOn(f -> setsAgainst(f, first.id(), copy.id())).isEmpty();
        }));
        return DynamicContainer.dynamicContainer(name, tests);
    }

    /** Changes of formatting that leave the text's words and paragraphs as they are. */
    private static Map<String, UnaryOperator<String>> formattings() {
        Map<String, UnaryOperator<String>> out = new java.util.LinkedHashMap<>();
        out.put("CRLF line endings", t -> t.replace("\r\n", "\n").replace("\n", "\r\n"));
        out.put("byte order mark", t -> BOM + t);
        out.put("hard wrapped at 72 columns", t -> wrap(t, WRAP_WIDTH, WRAP_LONGER_THAN, true));
        out.put("doubled blank lines", t -> t.replaceAll("\n([ \t]*)\n", "\n$1\n\n"));
        out.put("trailing whitespace", t -> t.replaceAll("(?m)$", " \t "));
        return out;
    }

    private void assertSameCountedFindings(String name, List<Source> given, List<Source> changed,
                                           Map<String, String> originalIds) {
        Report before = baseline(name, given);
        Report after = Fixtures.reconciler().reconcile(changed);
        assertQuotesExact(after);
        Map<String, Long> expected = signatures(before, identity(given));
        Map<String, Long> actual = signatures(after, originalIds);
        assertThat(actual).as("%s: counted findings (kind, severity, quotes) after the change", name)
                .isEqualTo(expected);
    }

    private synchronized Report baseline(String name, List<Source> given) {
        return baselines.computeIfAbsent(name, k -> {
            Report r = Fixtures.reconciler().reconcile(given);
            assertQuotesExact(r);
            return r;
        });
    }

    /**
     * Every finding quotes the file's own text at its offsets; a claim reads that text too, with only
     * line breaks and a byte order mark read as spaces.
     */
    private static void assertQuotesExact(Report r) {
        for (Finding f : r.findings()) {
            for (Evidence e : f.evidence()) {
                assertThat(e.text()).as("evidence of %s", f.id()).isEqualTo(e.span().of(r.source(e.source()).text()));
            }
        }
        for (Claim c : r.claims()) {
            String file = c.span().of(r.source(c.sourceId()).text());
            assertThat(c.text()).as("claim %s", c.id()).hasSameSizeAs(file)
                    .isEqualTo(file.replace('\n', ' ').replace('\r', ' ').replace(BOM.charAt(0), ' '));
        }
    }

    /** How often each counted finding occurs, described by kind, severity and its sorted quotes. */
    private static Map<String, Long> signatures(Report r, Map<String, String> originalIds) {
        return counted(r).stream().map(f -> f.kind().id() + " " + f.severity().id() + " "
                        + f.evidence().stream().map(e -> originalIds.get(e.source()) + ": " + normal(e.text())).sorted().toList())
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    }

    private static List<Finding> counted(Report r) {
        return r.findingsAtLeast(Severity.MINOR);
    }

    /**
     * A finding sets a source against its copy when it quotes both but not at the same places: where the
     * two stand together on one side of a disagreement with a third source, each is quoted where the
     * other is.
     */
    private static boolean setsAgainst(Finding f, String original, String copy) {
        Set<Span> a = quoted(f, original);
        Set<Span> b = quoted(f, copy);
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }

    private static Set<Span> quoted(Finding f, String source) {
        return f.evidence().stream().filter(e -> e.source().equals(source)).map(Evidence::span).collect(Collectors.toSet());
    }

    private static String normal(String quote) {
        // a word that wrapping broke after its hyphen ("record-" | "breaking") is quoted whole elsewhere
        return quote.replace(BOM, "").replaceAll("(?<=\\p{L}-)[ \\t]*\\r?\\n\\s*(?=\\p{L})", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> identity(List<Source> sources) {
        return sources.stream().collect(Collectors.toMap(Source::id, Source::id));
    }

    private static Source withText(Source s, String text) {
        return new Source(s.id(), s.path(), s.kind(), text);
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(dot) : "";
    }

    /**
     * Hard wraps every line longer than {@code longerThan} at most {@code width} characters a line, as
     * Python's {@code textwrap.wrap} does (the reproduction): at spaces and, with {@code
     * breakOnHyphens}, after a hyphen inside a word ("Kim Il-" | "sung"). The indentation of the first
     * line stays, the run of spaces where a line breaks goes, a piece longer than the width stays whole.
     */
    static String wrap(String text, int width, int longerThan, boolean breakOnHyphens) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            if (n > 0) {
                out.append('\n');
            }
            String line = lines[n];
            if (line.length() <= longerThan) {
                out.append(line);
                continue;
            }
            java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(line);
            int lineStart = out.length();
            int end = 0;
            while (word.find()) {
                String gap = line.substring(end, word.start());
                String[] pieces = breakOnHyphens ? word.group().split("(?<=\\p{L}-)(?=\\p{L})") : new String[] {word.group()};
                for (int k = 0; k < pieces.length; k++) {
                    String before = k == 0 ? gap : "";
                    int current = out.length() - lineStart;
                    if (out.length() > lineStart && current + before.length() + pieces[k].length() > width) {
                        out.append('\n');
                        lineStart = out.length();
                    } else {
                        out.append(before);
                    }
                    out.append(pieces[k]);
                }
                end = word.end();
            }
            out.append(line.substring(end));
        }
        return out.toString();
    }
}
