package dev.recon.cli;

import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The awkward inputs of {@code recon bench --stress}, generated from a base text so that the benchmark
 * needs no data of its own: one very long line, runs that defeat sentence splitting, a thousand small
 * files and one very large source. Sizes scale by a factor, so that tests can run the same shapes small.
 * Deterministic: a fixed seed picks sentences.
 */
final class StressInputs {

    /** One generated case: its name and its sources. */
    record Case(String name, List<Source> sources) {
    }

    private static final int LINE_CHARS = 2_000_000;
    private static final int RUN_REPEATS = 100_000;
    private static final int CAPITALISED_WORDS = 50_000;
    private static final int SMALL_FILES = 1_000;
    private static final int SMALL_FILE_CHARS = 1_400;
    private static final long LARGE_SOURCE_CHARS = 50_000_000L;
    private static final long SEED = 20261123L;
    private static final int SENTENCES_PER_PARAGRAPH = 4;
    /** Shorter pieces between full stops are headings, list items and abbreviations, not sentences. */
    private static final int MIN_SENTENCE_CHARS = 40;

    private final List<Source> base;
    private final double scale;

    /**
     * @param base  the texts to build from (two or more, such as a bundled corpus)
     * @param scale share of the full sizes, in (0, 1]
     */
    StressInputs(List<Source> base, double scale) {
        if (base.size() < 2) {
            throw new IllegalArgumentException("stress inputs need at least two base sources");
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must lie in (0, 1]: " + scale);
        }
        this.base = List.copyOf(base);
        this.scale = scale;
    }

    /** The case names, in the order {@link #make} knows them. */
    static List<String> names() {
        return List.of("line-2mb", "numbers-run", "brackets-run", "capitalised-words", "files-1000", "source-50mb");
    }

    Case make(String name) {
        String first = base.get(0).text();
        return switch (name) {
            case "line-2mb" -> new Case(name, withOthers(source("line", repeat(first.replaceAll("\\s+", " ") + " ",
                    size(LINE_CHARS)))));
            case "numbers-run" -> new Case(name, withOthers(source("numbers",
                    "The counts were " + "1, ".repeat(size(RUN_REPEATS)) + "in all.\n")));
            case "brackets-run" -> new Case(name, withOthers(source("brackets", "(".repeat(size(RUN_REPEATS)) + "\n")));
            case "capitalised-words" -> new Case(name, withOthers(source("capitals", words(size(CAPITALISED_WORDS)))));
            case "files-1000" -> new Case(name, smallFiles(size(SMALL_FILES)));
            case "source-50mb" -> new Case(name, withOthers(source("large",
                    paragraphs((int) Math.min(Integer.MAX_VALUE - 16, size(LARGE_SOURCE_CHARS))))));
            default -> throw new IllegalArgumentException("no stress case " + name);
        };
    }

    private int size(long full) {
        return (int) Math.max(1, Math.round(full * scale));
    }

    private List<Source> withOthers(Source generated) {
        List<Source> out = new ArrayList<>();
        out.add(generated);
        out.addAll(base.subList(1, base.size()));
        return out;
    }

    private static Source source(String id, String text) {
        return Source.of(id, SourceKind.OTHER, text);
    }

    private static String repeat(String unit, int chars) {
        StringBuilder sb = new StringBuilder(chars);
        while (sb.length() < chars) {
            sb.append(unit, 0, Math.min(unit.length(), chars - sb.length()));
        }
        return sb.toString();
    }

    private static String words(int n) {
        Random random = new Random(SEED);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append((char) ('A' + random.nextInt(26)))
                    .append("abcdefgh", 0, 2 + random.nextInt(6));
        }
        return sb.append('\n').toString();
    }

    /**
     * Prose of paragraphs of sentences drawn at random from every base text, all of it read for claims
     * (a base text repeated whole would put every copy after the first behind its reference list).
     */
    private String paragraphs(int chars) {
        List<String> sentences = sentences();
        Random random = new Random(SEED);
        StringBuilder sb = new StringBuilder(chars + SMALL_FILE_CHARS);
        while (sb.length() < chars) {
            for (int i = 0; i < SENTENCES_PER_PARAGRAPH; i++) {
                sb.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append("\n\n");
        }
        sb.setLength(chars);
        return sb.toString();
    }

    private List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        for (Source s : base) {
            for (String p : s.text().split("(?<=[.!?])\\s+")) {
                if (p.length() > MIN_SENTENCE_CHARS && !p.contains("\n")) {
                    sentences.add(p.strip());
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("the base sources have no sentences to build from");
        }
        return sentences;
    }

    /**
     * {@code n} overlapping sources of about {@code chars} characters each, paragraphs of sentences
     * drawn at random from every base text: the shape of many reports of one subject, for measuring
     * how the time grows with the number of sources.
     */
    List<Source> overlapping(int n, int chars) {
        if (n < 2 || chars < 1) {
            throw new IllegalArgumentException("need at least two sources of at least one character: " + n + ", " + chars);
        }
        List<String> sentences = sentences();
        Random random = new Random(SEED + n);
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int inParagraph = 0;
            while (sb.length() < chars) {
                sb.append(sentences.get(random.nextInt(sentences.size())));
                sb.append(++inParagraph % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
            }
            out.add(source(String.format(Locale.ROOT, "source-%03d", i), sb.append('\n').toString()));
        }
        return out;
    }

    /** Small files of sentences drawn at random from every base text. */
    private List<Source> smallFiles(int n) {
        List<String> sentences = sentences();
        Random random = new Random(SEED);
        IntFunction<String> file = i -> {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < SMALL_FILE_CHARS) {
                sb.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            return sb.append('\n').toString();
        };
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < Math.max(2, n); i++) {
            out.add(source(String.format(Locale.ROOT, "file-%04d", i), file.apply(i)));
        }
        return out;
    }
}
