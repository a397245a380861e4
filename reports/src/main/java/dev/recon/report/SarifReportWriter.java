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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one rule per finding kind, one result per finding
 * located at its first quote, the other quotes as related locations, and the stable finding id as the
 * partial fingerprint that keeps a result's identity across runs.
 */
public final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

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
        ArrayNode ruleArray = driver.putArray("rules");
        Map<FindingKind, Integer> ruleIndex = new HashMap<>();
        for (Rule r : rules.all()) {
            ruleIndex.put(r.kind(), ruleArray.size());
            ObjectNode n = ruleArray.addObject();
            n.put("id", r.kind().id());
            n.put("name", r.name());
            n.putObject("shortDescription").put("text", r.shortDescription());
            n.putObject("fullDescription").put("text", r.fullDescription());
            ObjectNode help = n.putObject("help");
            help.put("text", r.help());
            help.put("markdown", "**" + r.shortDescription() + "** " + r.help());
            n.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
        }
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
            r.putObject("message").put("text", f.message());
            List<Evidence> ev = f.evidence();
            r.putArray("locations").addObject().set("physicalLocation", location(ev.get(0), sources, positions));
            if (ev.size() > 1) {
                ArrayNode related = r.putArray("relatedLocations");
                for (int i = 1; i < ev.size(); i++) {
                    ObjectNode rel = related.addObject();
                    rel.put("id", i);
                    rel.set("physicalLocation", location(ev.get(i), sources, positions));
                    rel.putObject("message").put("text", ev.get(i).source() + ": \"" + ev.get(i).text().strip() + "\"");
                }
            }
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

    private static ObjectNode location(Evidence e, Map<String, Source> sources, Map<String, TextPosition> positions) {
        ObjectNode loc = JSON.createObjectNode();
        loc.putObject("artifactLocation").put("uri", uri(sources.get(e.source()).path()));
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

    /** A path relative to the working directory when possible, with forward slashes, as SARIF wants. */
    static String uri(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (p.startsWith(cwd)) {
                p = cwd.relativize(p);
            }
        }
        String s = p.normalize().toString().replace('\\', '/');
        return s.startsWith("/") ? "file://" + s : s;
    }

    static String level(Severity s) {
        return switch (s) {
            case MAJOR -> "error";
            case MINOR -> "warning";
            case INFO -> "note";
        };
    }
}
