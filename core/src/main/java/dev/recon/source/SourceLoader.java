package dev.recon.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.nlp.LanguageCheck;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads files and directories into {@link Source}s, refusing anything that is not usable text with an
 * {@link InputException} that names the file: not UTF-8, binary, empty, given twice, or clearly not
 * English ({@link LanguageCheck}). A directory means its {@code .txt} and {@code .md} files
 * in name order; an optional {@value #MANIFEST} beside them names each file's {@link SourceKind}.
 *
 * <p>Nothing is skipped silently: one bad file fails the whole load, so a report never lacks a source
 * the user asked for. Instances are stateless and thread-safe.
 */
public final class SourceLoader {

    /** File name of the optional manifest in a corpus directory. */
    public static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Loads every argument, expanding directories.
     *
     * @param arguments paths as the user gave them; each becomes the {@link Source#path()} of its source
     *                  (a directory's files become {@code DIR/NAME})
     * @param minimum   the fewest sources acceptable, 0 for no check
     */
    public List<Source> load(List<String> arguments, int minimum) throws InputException {
        List<String> files = new ArrayList<>();
        for (String arg : arguments) {
            Path p = Path.of(arg);
            if (!Files.exists(p)) {
                throw new InputException(arg, InputProblem.MISSING);
            }
            if (Files.isDirectory(p)) {
                List<String> inDir = textFilesIn(arg, p);
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
    private static void refuseRepeats(List<String> files) throws InputException {
        Map<Path, String> seen = new HashMap<>();
        for (String file : files) {
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

    private static List<String> textFilesIn(String shown, Path dir) throws InputException {
        try (Stream<Path> s = Files.list(dir)) {
            String prefix = shown.endsWith("/") ? shown : shown + "/";
            return s.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString())
                    .filter(n -> {
                        String l = n.toLowerCase(Locale.ROOT);
                        return l.endsWith(".txt") || l.endsWith(".md");
                    })
                    .sorted()
                    .map(n -> prefix + n)
                    .toList();
        } catch (IOException e) {
            throw new InputException(shown, InputProblem.UNREADABLE, IoErrors.describe(e));
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
