package dev.recon.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recon.Report;
import dev.recon.model.Alignment;
import dev.recon.model.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.model.SetAside;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.model.Quantity;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.model.TimeMention;
import dev.recon.triage.Disposition;
import dev.recon.triage.TriagedReport;
import dev.recon.model.SourceValue;
import dev.recon.model.TimelineEntry;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, contract v1: the schema is {@code dev/recon/report/report-v1.schema.json}. Fields
 * are only ever added, never renamed or removed, within a schema version. Offsets are UTF-16 code units.
 */
public final class JsonReportWriter implements ReportWriter {

    /** The version of the report contract this writer produces. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(TriagedReport report, Writer out) throws IOException {
        JSON.writeValue(out, toTree(report));
        out.write('\n');
        out.flush();
    }

    /** The report as a JSON tree. */
    public ObjectNode toTree(TriagedReport triaged) {
        Report report = triaged.report();
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "recon");
        tool.put("version", report.toolVersion());
        ArrayNode sources = root.putArray("sources");
        for (Source s : report.sources()) {
            ObjectNode n = sources.addObject();
            n.put("id", s.id());
            n.put("path", s.path());
            n.put("kind", s.kind().id());
            n.put("chars", s.chars());
            n.put("sha256", s.sha256());
            if (report.comparison().isReference(s.id())) {
                n.put("reference", true);
            }
            report.groupOf(s.id()).ifPresent(g -> n.put("group", g));
            ArrayNode setAside = n.putArray("setAside");
            for (SetAside a : report.setAside(s.id())) {
                ObjectNode x = setAside.addObject();
                x.put("kind", a.kind().id());
                x.put("blocks", a.blocks());
                x.put("chars", a.chars());
                x.put("start", a.first().start());
                x.put("end", a.first().end());
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("claims", report.claims().size());
        summary.put("alignments", report.alignments().size());
        ObjectNode bySeverity = summary.putObject("findings");
        for (Severity sev : Severity.values()) {
            bySeverity.put(sev.id(), report.findings().stream().filter(f -> f.severity() == sev).count());
        }
        summary.put("baselined", triaged.baselinedCount());
        summary.put("suppressed", triaged.suppressedCount());
        triaged.baseline().ifPresent(path -> {
            ObjectNode b = root.putObject("baseline");
            b.put("path", path);
            b.put("baselined", triaged.baselinedCount());
            ArrayNode gone = b.putArray("gone");
            triaged.gone().forEach(gone::add);
        });
        ArrayNode claims = root.putArray("claims");
        for (Claim c : report.claims()) {
            claims.add(claim(c, report.source(c.sourceId()).text()));
        }
        ArrayNode alignments = root.putArray("alignments");
        for (Alignment a : report.alignments()) {
            ObjectNode n = alignments.addObject();
            n.put("id", a.id());
            ArrayNode ids = n.putArray("claims");
            a.claims().forEach(c -> ids.add(c.id()));
            n.put("status", a.status().id());
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry t : report.timeline()) {
            ObjectNode n = timeline.addObject();
            n.put("id", t.id());
            n.put("label", t.label());
            n.put("consensus", t.consensus());
            n.put("status", t.status());
            ArrayNode dissent = n.putArray("dissent");
            t.dissent().forEach(dissent::add);
            ArrayNode values = n.putArray("values");
            for (SourceValue v : t.values()) {
                ObjectNode x = values.addObject();
                x.put("source", v.source());
                x.put("claim", v.claim().id());
                x.put("value", v.time().value());
                located(x, report.source(v.source()).text(), v.time().span());
            }
        }
        if (!report.notices().isEmpty()) {
            ArrayNode notices = root.putArray("notices");
            for (Notice x : report.notices()) {
                notices.addObject().put("source", x.source()).put("message", x.message());
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("id", f.id());
            n.put("kind", f.kind().id());
            n.put("severity", f.severity().id());
            n.put("message", f.message());
            // a finding never spans groups, so its first quote's group is its own
            report.groupOf(f.evidence().get(0).source()).ifPresent(g -> n.put("group", g));
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : f.evidence()) {
                ObjectNode x = ev.addObject();
                x.put("source", e.source());
                located(x, report.source(e.source()).text(), e.span());
            }
            ArrayNode ids = n.putArray("claims");
            f.claims().forEach(ids::add);
            Disposition d = triaged.disposition(f);
            if (d.baselined()) {
                n.put("baselined", true);
            }
            if (d.suppressed() != null) {
                n.put("suppressed", d.suppressed());
            }
        }
        return root;
    }

    private static ObjectNode claim(Claim c, String sourceText) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        n.put("source", c.sourceId());
        located(n, sourceText, c.span());
        ArrayNode times = n.putArray("times");
        for (TimeMention t : c.times()) {
            ObjectNode x = times.addObject();
            located(x, sourceText, t.span());
            x.put("value", t.value());
            x.put("type", t.parts().get(0).type().name());
            x.put("relation", t.relation().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode entities = n.putArray("entities");
        for (EntityMention m : c.entities()) {
            ObjectNode x = entities.addObject();
            located(x, sourceText, m.span());
            Entity e = m.resolve(c.when()).orElse(null);
            if (e == null) {
                x.putNull("entity");
            } else {
                x.put("entity", e.id());
                x.put("name", e.name());
                x.put("type", e.type().id());
            }
            x.put("demonym", m.demonym());
        }
        ArrayNode quantities = n.putArray("quantities");
        for (Quantity q : c.quantities()) {
            ObjectNode x = quantities.addObject();
            located(x, sourceText, q.span());
            x.put("value", q.value());
            x.put("unit", q.unit());
            ArrayNode qual = x.putArray("qualifiers");
            q.qualifiers().forEach(qual::add);
            x.put("bound", q.bound().name().toLowerCase(java.util.Locale.ROOT));
        }
        return n;
    }

    /**
     * The quoted text and where it is; every located object in the report has these three fields. The
     * text is read from the file at the offsets, never from the analysis, which sees markup as blanks and
     * soft line breaks as spaces: the contract is that text and offsets agree exactly.
     */
    private static void located(ObjectNode n, String sourceText, dev.recon.model.Span span) {
        n.put("text", span.of(sourceText));
        n.put("start", span.start());
        n.put("end", span.end());
    }
}
