package dev.recon.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recon.Report;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Rule;
import dev.recon.finding.Rules;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.triage.Disposition;
import dev.recon.triage.TriagedReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * SARIF 2.1.0, as GitHub code scanning accepts and maps it to repository files: one rule per finding kind
 * (with a PascalCase name and a link to its documentation), one result per finding located at its first quote,
 * the other quotes as related locations linked from the message text, and the stable finding id as the partial
 * fingerprint that keeps a result's identity across runs. Locations are URIs relative to a base directory (the
 * repository root) under {@code %SRCROOT%}; see {@link SarifUris}.
 */
public final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The project's home page, as the build names it ({@code recon.repository} in the parent pom). */
    public static final String INFORMATION_URI = projectRepository();
    /** Every rule's documentation: a section of this page whose anchor is the rule id. */
    public static final String RULES_DOCUMENTATION = INFORMATION_URI + "/blob/main/docs/rules.md";
    /**
     * The code-scanning category: GitHub replaces the previous results of the same category on upload, so
     * one fixed category means each upload of recon's results replaces the last; the part after the slash,
     * a run id, is left empty so that the same input gives the same output.
     */
    static final String AUTOMATION_ID = "recon/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static String projectRepository() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = SarifReportWriter.class.getResourceAsStream("project.properties")) {
            p.load(java.util.Objects.requireNonNull(in, "project.properties"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the project's address", e);
        }
        return p.getProperty("repository");
    }

    private final Path baseDir;
    private final Path cwd;
    private final OptionalInt exitCode;

    /**
     * Locations relative to the git top level of the working directory (the working directory itself outside
     * a repository), and no exit code.
     */
    public SarifReportWriter() {
        this(SarifUris.defaultBaseDir(Path.of("")), OptionalInt.empty());
    }

    /**
     * @param baseDir  the folder locations are relative to, normally the repository root
     * @param exitCode the exit code of the command that writes the report, when there is one
     */
    public SarifReportWriter(Path baseDir, OptionalInt exitCode) {
        this(baseDir, Path.of(""), exitCode);
    }

    SarifReportWriter(Path baseDir, Path cwd, OptionalInt exitCode) {
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
        this.cwd = cwd.toAbsolutePath().normalize();
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /**
     * The paths of the report's sources whose files lie outside {@code baseDir}: their locations are absolute
     * {@code file:} URIs, which GitHub code scanning does not map to repository files.
     */
    public static List<String> outsideBaseDir(Report report, Path baseDir) {
        Path cwd = Path.of("");
        Path base = baseDir.toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        for (Source s : report.sources()) {
            if (!SarifUris.isUnder(SarifUris.absolute(s.path(), cwd), base)) {
                out.add(s.path());
            }
        }
        return out;
    }

    @Override
    public void write(TriagedReport triaged, Writer out) throws IOException {
        JSON.writeValue(out, toTree(triaged));
        out.write('\n');
        out.flush();
    }

    ObjectNode toTree(TriagedReport triaged) {
        Report report = triaged.report();
        Rules rules = Rules.bundled();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "recon");
        driver.put("version", report.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleArray = driver.putArray("rules");
        Map<FindingKind, Integer> ruleIndex = new HashMap<>();
        for (Rule r : rules.all()) {
            ruleIndex.put(r.kind(), ruleArray.size());
            ObjectNode n = ruleArray.addObject();
            n.put("id", r.kind().id());
            n.put("name", r.name());
            n.putObject("shortDescription").put("text", r.shortDescription());
            n.putObject("fullDescription").put("text", r.fullDescription());
            n.put("helpUri", helpUri(r.kind()));
            ObjectNode help = n.putObject("help");
            help.put("text", r.help());
            help.put("markdown", "**" + r.shortDescription() + "** " + r.help());
            n.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
        }
        run.putObject("automationDetails").put("id", AUTOMATION_ID);
        run.putObject("originalUriBaseIds").putObject(SarifUris.SRCROOT).put("uri", SarifUris.baseUri(baseDir));
        run.set("invocations", invocations(report));
        run.put("columnKind", "utf16CodeUnits");
        Map<String, Source> sources = new HashMap<>();
        Map<String, TextPosition> positions = new HashMap<>();
        for (Source s : report.sources()) {
            sources.put(s.id(), s);
            positions.put(s.id(), new TextPosition(s.text()));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.kind().id());
            r.put("ruleIndex", ruleIndex.get(f.kind()));
            r.put("level", level(f.severity()));
            List<Evidence> ev = f.evidence();
            StringBuilder text = new StringBuilder(escape(f.message()));
            r.putArray("locations").addObject().set("physicalLocation", location(ev.get(0), sources, positions));
            if (ev.size() > 1) {
                // GitHub shows a related location only when the message links to it by id
                text.append(ev.size() > 2 ? " The other quotes: " : " The other quote: ");
                ArrayNode related = r.putArray("relatedLocations");
                for (int i = 1; i < ev.size(); i++) {
                    Evidence e = ev.get(i);
                    ObjectNode location = location(e, sources, positions);
                    ObjectNode rel = related.addObject();
                    rel.put("id", i);
                    rel.set("physicalLocation", location);
                    rel.putObject("message").put("text", e.source() + ": \"" + e.text().strip() + "\"");
                    text.append(i > 1 ? ", " : "").append('[').append(escape(e.source())).append(", line ")
                            .append(location.get("region").get("startLine").asInt()).append("](").append(i).append(')');
                }
                text.append('.');
            }
            r.putObject("message").put("text", text.toString());
            r.putObject("partialFingerprints").put("reconFindingId/v1", f.id());
            Disposition d = triaged.disposition(f);
            if (triaged.baseline().isPresent()) {
                r.put("baselineState", d.baselined() ? "unchanged" : "new");
            }
            if (d.suppressed() != null) {
                ObjectNode s = r.putArray("suppressions").addObject();
                s.put("kind", "external");
                s.put("justification", d.suppressed());
            }
        }
        return root;
    }

    /** The documentation of a rule: its section of {@link #RULES_DOCUMENTATION}. */
    static String helpUri(FindingKind kind) {
        return RULES_DOCUMENTATION + "#" + kind.id();
    }

    /**
     * The one invocation: it succeeded (a report is only written after the analysis has run), with the exit
     * code when the command told it, and a warning for each source GitHub cannot map to a repository file.
     */
    private ArrayNode invocations(Report report) {
        ArrayNode out = JSON.createArrayNode();
        ObjectNode inv = out.addObject();
        inv.put("executionSuccessful", true);
        exitCode.ifPresent(code -> inv.put("exitCode", code));
        ArrayNode notes = JSON.createArrayNode();
        for (Source s : report.sources()) {
            if (!SarifUris.isUnder(SarifUris.absolute(s.path(), cwd), baseDir)) {
                ObjectNode n = notes.addObject();
                n.put("level", "warning");
                n.putObject("message").put("text", s.path() + " lies outside the base directory " + baseDir
                        + ": its locations are absolute file: URIs, which GitHub code scanning does not map to "
                        + "repository files.");
            }
        }
        if (!notes.isEmpty()) {
            inv.set("toolExecutionNotifications", notes);
        }
        return out;
    }

    private ObjectNode location(Evidence e, Map<String, Source> sources, Map<String, TextPosition> positions) {
        ObjectNode loc = JSON.createObjectNode();
        Path file = SarifUris.absolute(sources.get(e.source()).path(), cwd);
        ObjectNode artifact = loc.putObject("artifactLocation");
        if (SarifUris.isUnder(file, baseDir)) {
            artifact.put("uri", SarifUris.relative(file, baseDir));
            artifact.put("uriBaseId", SarifUris.SRCROOT);
        } else {
            artifact.put("uri", SarifUris.fileUri(file));
        }
        TextPosition pos = positions.get(e.source());
        ObjectNode region = loc.putObject("region");
        int start = e.span().start();
        int end = Math.max(start, e.span().end());
        region.put("startLine", pos.line(start));
        region.put("startColumn", pos.column(start));
        region.put("endLine", pos.line(end));
        region.put("endColumn", pos.column(end));
        region.put("charOffset", start);
        region.put("charLength", end - start);
        region.putObject("snippet").put("text", e.text());
        return loc;
    }

    /** Message text with its square brackets escaped: unescaped, SARIF reads them as the start of a link. */
    static String escape(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }

    static String level(Severity s) {
        return switch (s) {
            case MAJOR -> "error";
            case MINOR -> "warning";
            case INFO -> "note";
        };
    }
}
