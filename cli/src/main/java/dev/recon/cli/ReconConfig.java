package dev.recon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.report.ReportFormat;
import dev.recon.triage.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The settings in a {@code recon.json}: defaults for every option of {@code recon compare},
 * knowledge-base additions, and suppressions with their reasons. Paths in it are relative to the file.
 * Options given on the command line win over the file.
 *
 * @param origin            the file, or null for the empty configuration
 * @param format            default report format
 * @param failOn            default fail-on threshold
 * @param output            default output file
 * @param baseline          default baseline report
 * @param kb                knowledge-base files to add
 * @param entities          knowledge-base entities given inline, as a knowledge-base document
 * @param suppressions      findings that do not count, by id or kind
 * @param alignmentThreshold default alignment threshold
 * @param quiet             default for --quiet
 * @param reference         default for --reference: the source every other is checked against
 * @param groupByFolder     default for --group-by-folder
 * @param minSeverity       default for --min-severity
 * @param maxFindings       default for --max-findings
 * @param color             default for --color
 * @param recursive         default for --recursive
 * @param baseDir           default for --base-dir
 */
public record ReconConfig(Path origin, ReportFormat format, FailOn failOn, Path output, Path baseline, List<Path> kb,
                          ObjectNode entities, List<Suppression> suppressions, Double alignmentThreshold, Boolean quiet,
                          Path reference, Boolean groupByFolder, Severity minSeverity, Integer maxFindings,
                          ColorMode color, Boolean recursive, Path baseDir) {

    /** The file name recon looks for. */
    public static final String FILE_NAME = "recon.json";
    private static final Set<String> KEYS = Set.of("format", "failOn", "output", "baseline", "kb", "entities",
            "suppressions", "alignmentThreshold", "quiet", "reference", "groupByFolder", "minSeverity", "maxFindings",
            "color", "recursive", "baseDir");
    private static final ObjectMapper JSON = new ObjectMapper();

    public ReconConfig {
        kb = List.copyOf(kb);
        suppressions = List.copyOf(suppressions);
    }

    public static ReconConfig empty() {
        return new ReconConfig(null, null, null, null, null, List.of(), null, List.of(), null, null, null, null, null, null,
                null, null, null);
    }

    /** The nearest {@value #FILE_NAME} in {@code dir} or a folder above it. */
    public static Optional<Path> find(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = d.resolve(FILE_NAME);
            if (Files.isRegularFile(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public static ReconConfig read(Path file) throws ConfigException {
        String shown = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(shown + ": not valid JSON or not readable");
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(shown + ": expected a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ConfigException(shown + ": unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        ReportFormat format = null;
        if (root.has("format")) {
            try {
                format = ReportFormat.parse(text(root, "format", shown));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(shown + ": 'format': " + e.getMessage());
            }
        }
        FailOn failOn = null;
        if (root.has("failOn")) {
            try {
                failOn = FailOn.parse(text(root, "failOn", shown));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(shown + ": 'failOn': " + e.getMessage());
            }
        }
        Path output = root.has("output") ? path(dir, text(root, "output", shown), shown + ": 'output'") : null;
        Path baseline = root.has("baseline") ? path(dir, text(root, "baseline", shown), shown + ": 'baseline'") : null;
        List<Path> kb = new ArrayList<>();
        if (root.has("kb")) {
            for (JsonNode n : array(root, "kb", shown)) {
                if (!n.isTextual()) {
                    throw new ConfigException(shown + ": 'kb' must list file paths");
                }
                kb.add(path(dir, n.asText(), shown + ": 'kb'"));
            }
        }
        ObjectNode entities = null;
        if (root.has("entities")) {
            entities = JSON.createObjectNode();
            entities.set("entities", array(root, "entities", shown));
        }
        List<Suppression> suppressions = new ArrayList<>();
        if (root.has("suppressions")) {
            int i = 0;
            for (JsonNode n : array(root, "suppressions", shown)) {
                suppressions.add(suppression(n, shown + ": 'suppressions[" + i++ + "]'"));
            }
        }
        Double threshold = null;
        if (root.has("alignmentThreshold")) {
            JsonNode t = root.get("alignmentThreshold");
            if (!t.isNumber() || t.asDouble() <= 0 || t.asDouble() >= 1) {
                throw new ConfigException(shown + ": 'alignmentThreshold' must be a number between 0 and 1");
            }
            threshold = t.asDouble();
        }
        Boolean quiet = bool(root, "quiet", shown);
        Path reference = root.has("reference") ? path(dir, text(root, "reference", shown), shown + ": 'reference'") : null;
        Boolean groupByFolder = bool(root, "groupByFolder", shown);
        Severity minSeverity = null;
        if (root.has("minSeverity")) {
            try {
                minSeverity = Severity.parse(text(root, "minSeverity", shown));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(shown + ": 'minSeverity': " + e.getMessage());
            }
        }
        Integer maxFindings = null;
        if (root.has("maxFindings")) {
            JsonNode n = root.get("maxFindings");
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0) {
                throw new ConfigException(shown + ": 'maxFindings' must be a whole number, 0 or more");
            }
            maxFindings = n.asInt();
        }
        ColorMode color = null;
        if (root.has("color")) {
            try {
                color = ColorMode.parse(text(root, "color", shown));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(shown + ": 'color': " + e.getMessage());
            }
        }
        Boolean recursive = bool(root, "recursive", shown);
        Path baseDir = root.has("baseDir") ? path(dir, text(root, "baseDir", shown), shown + ": 'baseDir'") : null;
        return new ReconConfig(file, format, failOn, output, baseline, kb, entities, suppressions, threshold, quiet,
                reference, groupByFolder, minSeverity, maxFindings, color, recursive, baseDir);
    }

    private static Suppression suppression(JsonNode n, String where) throws ConfigException {
        if (!n.isObject()) {
            throw new ConfigException(where + " must be an object with 'id' or 'kind', and 'reason'");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!Set.of("id", "kind", "reason").contains(key)) {
                throw new ConfigException(where + ": unknown key '" + key + "'");
            }
        }
        if (!n.path("reason").isTextual() || n.get("reason").asText().isBlank()) {
            throw new ConfigException(where + ": 'reason' is required: say why the finding does not count");
        }
        boolean hasId = n.path("id").isTextual();
        boolean hasKind = n.path("kind").isTextual();
        if (hasId == hasKind) {
            throw new ConfigException(where + ": give exactly one of 'id' and 'kind'");
        }
        FindingKind kind = null;
        if (hasKind) {
            try {
                kind = FindingKind.byId(n.get("kind").asText());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": 'kind': " + e.getMessage());
            }
        }
        return new Suppression(hasId ? n.get("id").asText() : null, kind, n.get("reason").asText());
    }

    /** The boolean at {@code key}, or null when the key is absent. */
    private static Boolean bool(JsonNode root, String key, String shown) throws ConfigException {
        if (!root.has(key)) {
            return null;
        }
        if (!root.get(key).isBoolean()) {
            throw new ConfigException(shown + ": '" + key + "' must be true or false");
        }
        return root.get(key).asBoolean();
    }

    /** A path relative to the file's folder; one the file system cannot name (holding a NUL) is the file's error. */
    private static Path path(Path dir, String relative, String where) throws ConfigException {
        try {
            return dir.resolve(relative);
        } catch (InvalidPathException e) {
            throw new ConfigException(where + ": not a valid path: " + e.getReason());
        }
    }

    private static String text(JsonNode root, String key, String shown) throws ConfigException {
        JsonNode v = root.get(key);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new ConfigException(shown + ": '" + key + "' must be a non-empty string");
        }
        return v.asText();
    }

    private static ArrayNode array(JsonNode root, String key, String shown) throws ConfigException {
        JsonNode v = root.get(key);
        if (!v.isArray()) {
            throw new ConfigException(shown + ": '" + key + "' must be an array");
        }
        return (ArrayNode) v;
    }
}
