package dev.recon.source;

import dev.recon.internal.source.IoErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.nlp.LanguageCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads files and directories into {@link Source}s, refusing anything that is not usable text with an
 * {@link InputException} that names the file: not UTF-8, binary, empty, given twice, or clearly not
 * English ({@link LanguageCheck}). A directory means its {@code .txt} and {@code .md} files
 * in name order (and, {@linkplain #recursive(boolean) recursively}, those of the folders inside it); an
 * optional {@value #MANIFEST} beside them names each file's {@link SourceKind}. An argument that names
 * no file but holds <code>* ? [ {</code> is a glob pattern ({@link java.nio.file.FileSystem#getPathMatcher})
 * and means the files it matches; {@value #STANDARD_INPUT} is the {@linkplain #standardInput standard input}.
 *
 * <p>Nothing is skipped silently: one bad file fails the whole load, so a report never lacks a source
 * the user asked for, and what a directory holds that is not read (other files, folders, hidden
 * entries) is handed to the caller as a {@link Skipped} with its reason. Instances are immutable and
 * thread-safe.
 */
public final class SourceLoader {

    /** File name of the optional manifest in a corpus directory. */
    public static final String MANIFEST = "manifest.json";
    /** The argument that stands for the standard input, as in most command-line tools. */
    public static final String STANDARD_INPUT = "-";
    /** How a source read from the standard input is named in errors. */
    public static final String STANDARD_INPUT_NAME = "standard input";
    /** Id of the source read from the standard input. */
    public static final String STANDARD_INPUT_ID = "stdin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GLOB_CHARS = "*?[{";

    /**
     * A file or folder a directory holds that was not read, and why.
     *
     * @param path   the path as recon shows it, a folder's ending in {@code /}
     * @param reason why it was not read, in plain words
     */
    public record Skipped(String path, String reason) {
    }

    private final boolean recursive;
    private final Supplier<InputStream> standardInput;

    /** A loader that reads directories one level deep and no standard input. */
    public SourceLoader() {
        this(false, null);
    }

    private SourceLoader(boolean recursive, Supplier<InputStream> standardInput) {
        this.recursive = recursive;
        this.standardInput = standardInput;
    }

    /** A loader that reads the folders inside a directory too, depth first in name order. */
    public SourceLoader recursive(boolean walk) {
        return new SourceLoader(walk, standardInput);
    }

    /** A loader that reads the argument {@value #STANDARD_INPUT} from {@code in}, once. */
    public SourceLoader standardInput(Supplier<InputStream> in) {
        return new SourceLoader(recursive, in);
    }

    /** Loads every argument as {@link #load(List, int, Consumer)} does, not telling what was skipped. */
    public List<Source> load(List<String> arguments, int minimum) throws InputException {
        return load(arguments, minimum, skipped -> { });
    }

    /**
     * Loads every argument, expanding directories.
     *
     * @param arguments paths as the user gave them; each becomes the {@link Source#path()} of its source
     *                  (a directory's files become {@code DIR/NAME})
     * @param minimum   the fewest sources acceptable, 0 for no check
     * @param skipped   told of each file or folder inside a directory that is not read, with the reason
     */
    public List<Source> load(List<String> arguments, int minimum, Consumer<Skipped> skipped) throws InputException {
        List<String> files = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals(STANDARD_INPUT) && standardInput != null) {
                if (files.contains(STANDARD_INPUT)) {
                    throw new InputException(STANDARD_INPUT_NAME, InputProblem.GIVEN_TWICE, "it can be read once");
                }
                files.add(STANDARD_INPUT);
                continue;
            }
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                throw new InputException(arg, InputProblem.MISSING);
            }
            if (!Files.exists(p)) {
                if (isPattern(arg)) {
                    List<String> matched = matching(arg);
                    if (matched.isEmpty()) {
                        throw new InputException(arg, InputProblem.NO_MATCH);
                    }
                    files.addAll(matched);
                    continue;
                }
                throw new InputException(arg, InputProblem.MISSING);
            }
            if (Files.isDirectory(p)) {
                List<String> inDir = new ArrayList<>();
                textFilesIn(arg.endsWith("/") ? arg : arg + "/", p, inDir, skipped);
                if (inDir.isEmpty()) {
                    throw new InputException(arg, InputProblem.NO_TEXT_FILES);
                }
                files.addAll(inDir);
            } else {
                files.add(arg);
            }
        }
        refuseRepeats(files);
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Path, Map<String, SourceKind>> manifests = new HashMap<>();
        for (String file : files) {
            if (file.equals(STANDARD_INPUT)) {
                String text = decode(STANDARD_INPUT_NAME, readStandardInput());
                refuseOtherLanguages(STANDARD_INPUT_NAME, text);
                sources.add(new Source(idFor(STANDARD_INPUT_ID, ids), STANDARD_INPUT, SourceKind.OTHER, text));
                continue;
            }
            Path p = Path.of(file);
            Path dir = p.toAbsolutePath().getParent();
            Map<String, SourceKind> kinds = manifests.get(dir);
            if (kinds == null) {
                kinds = readManifest(dir);
                manifests.put(dir, kinds);
            }
            String name = p.getFileName().toString();
            SourceKind kind = kinds.getOrDefault(name, SourceKind.OTHER);
            String text = readText(file, p);
            refuseOtherLanguages(file, text);
            sources.add(new Source(idFor(name, ids), file, kind, text));
        }
        if (sources.size() < minimum) {
            String what = arguments.isEmpty() ? "(no input)" : String.join(" ", arguments);
            throw new InputException(what, InputProblem.TOO_FEW_SOURCES,
                    sources.size() == 1 ? "got one" : "got " + sources.size());
        }
        return sources;
    }

    /**
     * One file given twice (the same path spelt two ways, a link to it, or a directory and a file in it)
     * would be reconciled with itself as two sources; refusing says so rather than guessing which was meant.
     */
    private void refuseRepeats(List<String> files) throws InputException {
        Map<Path, String> seen = new HashMap<>();
        for (String file : files) {
            if (file.equals(STANDARD_INPUT)) {
                continue;
            }
            Path real;
            try {
                real = Path.of(file).toRealPath();
            } catch (IOException e) {
                throw new InputException(file, InputProblem.UNREADABLE, IoErrors.describe(e));
            }
            String first = seen.putIfAbsent(real, file);
            if (first != null) {
                throw new InputException(file, InputProblem.GIVEN_TWICE, "also as " + first);
            }
        }
    }

    /** recon reads English only: another language would give garbage findings, so it is refused. */
    private static void refuseOtherLanguages(String file, String text) throws InputException {
        if (!LanguageCheck.enoughToJudge(text) || LanguageCheck.plainlyEnglish(text)) {
            return;
        }
        Optional<LanguageCheck.TextLanguage> other = LanguageCheck.bundled().notEnglish(text);
        if (other.isPresent()) {
            throw new InputException(file, InputProblem.NOT_ENGLISH, "it reads as " + other.get().name());
        }
    }

    /** Reads one file as strict UTF-8 text. */
    public static String readText(String shownPath, Path p) throws InputException {
        if (!Files.exists(p)) {
            throw new InputException(shownPath, InputProblem.MISSING);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new InputException(shownPath, InputProblem.UNREADABLE, IoErrors.describe(e));
        }
        return decode(shownPath, bytes);
    }

    private byte[] readStandardInput() throws InputException {
        try (InputStream in = standardInput.get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InputException(STANDARD_INPUT_NAME, InputProblem.UNREADABLE, IoErrors.describe(e));
        }
    }

    /** Bytes as strict UTF-8 text, or the reason they are not text recon reads. */
    private static String decode(String shownPath, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(shownPath, InputProblem.EMPTY);
        }
        Utf16 utf16 = utf16(bytes);
        if (utf16 != null) {
            throw new InputException(shownPath, InputProblem.UTF16,
                    "convert it with: iconv -f " + utf16.iconvName + " -t UTF-8 " + shownPath);
        }
        if (looksBinary(bytes)) {
            throw new InputException(shownPath, InputProblem.BINARY);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(shownPath, InputProblem.NOT_UTF8);
        }
        if (text.isBlank()) {
            throw new InputException(shownPath, InputProblem.EMPTY, "only whitespace");
        }
        return text;
    }

    /** How a UTF-16 file was told apart, which says what iconv must be told to read it. */
    enum Utf16 {
        /** A byte order mark says the order itself; iconv reads it. */
        WITH_BOM("UTF-16"),
        /** No mark: iconv's plain "UTF-16" would then assume big-endian, so name the order. */
        LITTLE_ENDIAN("UTF-16LE"),
        BIG_ENDIAN("UTF-16BE");

        final String iconvName;

        Utf16(String iconvName) {
            this.iconvName = iconvName;
        }
    }

    /** Bytes looked at to tell text from binary and UTF-16 from UTF-8: enough for any real file's first lines. */
    private static final int SNIFF_BYTES = 8192;
    /**
     * Share of the two-byte units whose high byte is NUL above which unmarked bytes are UTF-16: in
     * English (or any Latin-script) UTF-16 nearly every unit is ASCII, while binary formats rarely keep
     * NULs to one parity.
     */
    private static final double UTF16_NUL_SHARE = 0.3;
    /** Fewer two-byte units than this without a byte order mark are too few to tell UTF-16 from binary. */
    private static final int UTF16_MIN_UNITS = 16;
    /** Share of NULs in the other parity that still passes for UTF-16 (a stray U+0100-style unit). */
    private static final double UTF16_OTHER_PARITY_NUL_SHARE = 0.02;

    /** The kind of UTF-16 the bytes are, or null when they are not UTF-16. */
    static Utf16 utf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return Utf16.WITH_BOM;
        }
        int units = Math.min(bytes.length, SNIFF_BYTES) / 2;
        if (units < UTF16_MIN_UNITS) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < units; i++) {
            evenNul += bytes[2 * i] == 0 ? 1 : 0;
            oddNul += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddNul >= UTF16_NUL_SHARE * units && evenNul <= UTF16_OTHER_PARITY_NUL_SHARE * units) {
            return Utf16.LITTLE_ENDIAN;
        }
        if (evenNul >= UTF16_NUL_SHARE * units && oddNul <= UTF16_OTHER_PARITY_NUL_SHARE * units) {
            return Utf16.BIG_ENDIAN;
        }
        return null;
    }

    /** NUL bytes or many control characters mean the bytes are not meant to be read as text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    /**
     * The .txt and .md files in {@code dir} in name order, into {@code out}; inside folders too when
     * recursive. Whatever else it holds is {@code skipped} with the reason, except the manifest, which is read.
     */
    private void textFilesIn(String prefix, Path dir, List<String> out, Consumer<Skipped> skipped) throws InputException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new InputException(prefix, InputProblem.UNREADABLE, IoErrors.describe(e));
        }
        for (Path f : entries) {
            String name = f.getFileName().toString();
            String shown = prefix + name;
            if (Files.isDirectory(f)) {
                if (!recursive) {
                    skipped.accept(new Skipped(shown + "/", "a folder; folders inside folders are read only recursively"));
                } else if (name.startsWith(".")) {
                    // .git, .github and the like hold tooling, not sources
                    skipped.accept(new Skipped(shown + "/", "a hidden folder"));
                } else if (Files.isSymbolicLink(f)) {
                    // a link may lead back up the tree; its target can be given by itself
                    skipped.accept(new Skipped(shown + "/", "a link to a folder, not followed"));
                } else {
                    textFilesIn(shown + "/", f, out, skipped);
                }
                continue;
            }
            if (name.equals(MANIFEST)) {
                continue;
            }
            String l = name.toLowerCase(Locale.ROOT);
            if (!Files.isRegularFile(f)) {
                skipped.accept(new Skipped(shown, "not a regular file"));
            } else if (!l.endsWith(".txt") && !l.endsWith(".md")) {
                skipped.accept(new Skipped(shown, "not a .txt or .md file"));
            } else if (name.startsWith(".")) {
                skipped.accept(new Skipped(shown, "a hidden file"));
            } else {
                out.add(shown);
            }
        }
    }

    /** Whether an argument that names no file is a glob pattern. */
    private static boolean isPattern(String arg) {
        return arg.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0);
    }

    /**
     * The regular files a glob pattern matches, in name order, shown as the pattern's fixed start followed
     * by the rest of their path. The pattern is matched from its first part that holds a glob character;
     * {@code **} crosses folders, {@code *} does not, as in the shell.
     */
    private static List<String> matching(String pattern) throws InputException {
        String[] parts = pattern.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isPattern(parts[fixed])) {
            fixed++;
        }
        String prefix = String.join("/", java.util.Arrays.copyOf(parts, fixed));
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
        String shownPrefix = fixed == 0 ? "" : prefix + "/";
        Path base = fixed == 0 ? Path.of("") : Path.of(prefix.isEmpty() ? "/" : prefix);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        } catch (IllegalArgumentException e) {
            throw new InputException(pattern, InputProblem.NO_MATCH, "not a valid pattern: " + e.getMessage());
        }
        int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.length - fixed;
        try (Stream<Path> s = Files.walk(base, depth)) {
            return s.filter(Files::isRegularFile)
                    .map(f -> base.relativize(f))
                    .filter(matcher::matches)
                    .map(r -> shownPrefix + r.toString().replace(java.io.File.separatorChar, '/'))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(pattern, InputProblem.UNREADABLE, e.getMessage());
        }
    }

    private static Map<String, SourceKind> readManifest(Path dir) throws InputException {
        Map<String, SourceKind> kinds = new HashMap<>();
        if (dir == null) {
            return kinds;
        }
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return kinds;
        }
        String shown = manifest.toString();
        try {
            JsonNode root = JSON.readTree(manifest.toFile());
            JsonNode list = root == null ? null : root.get("sources");
            if (list == null || !list.isArray()) {
                throw new InputException(shown, InputProblem.BAD_MANIFEST, "'sources' must be an array");
            }
            for (JsonNode entry : list) {
                JsonNode file = entry.get("file");
                JsonNode kind = entry.get("kind");
                if (file == null || !file.isTextual() || kind == null || !kind.isTextual()) {
                    throw new InputException(shown, InputProblem.BAD_MANIFEST,
                            "each source needs a 'file' and a 'kind'");
                }
                try {
                    kinds.put(file.asText(), SourceKind.parse(kind.asText()));
                } catch (IllegalArgumentException e) {
                    throw new InputException(shown, InputProblem.BAD_MANIFEST, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new InputException(shown, InputProblem.BAD_MANIFEST, "not valid JSON");
        }
        return kinds;
    }

    /**
     * A valid source id for a file or folder name: its stem with anything but letters, digits, '.', '_'
     * and '-' replaced, made unique by {@code -2}, {@code -3} against {@code taken}, to which it is added.
     */
    public static String idFor(String fileName, Set<String> taken) {
        int dot = fileName.lastIndexOf('.');
        String stem = (dot > 0 ? fileName.substring(0, dot) : fileName)
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (stem.isEmpty()) {
            stem = "source";
        }
        String id = stem;
        for (int i = 2; !taken.add(id); i++) {
            id = stem + "-" + i;
        }
        return id;
    }
}
