package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.Report;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.triage.Suppression;
import dev.recon.triage.TriagedReport;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

    private static JsonNode sarif(TriagedReport r) throws Exception {
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(r, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void hasTheFieldsGithubCodeScanningRequires() throws Exception {
        Report report = SeedCorpus.report();
        JsonNode root = sarif(TriagedReport.of(report));
        assertThat(root.get("$schema").asText()).endsWith("sarif-2.1.0.json");
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("recon");
        Set<String> ruleIds = new HashSet<>();
        for (JsonNode rule : driver.get("rules")) {
            ruleIds.add(rule.get("id").asText());
            for (String field : List.of("shortDescription", "fullDescription", "help")) {
                assertThat(rule.get(field).get("text").asText()).as(rule.get("id") + " " + field).isNotBlank();
            }
        }
        assertThat(ruleIds).hasSize(FindingKind.values().length);
        JsonNode results = run.get("results");
        assertThat(results).hasSameSizeAs(report.findings());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Finding f = report.findings().get(i);
            assertThat(ruleIds).contains(r.get("ruleId").asText());
            assertThat(r.get("level").asText()).isIn("note", "warning", "error");
            assertThat(r.get("message").get("text").asText()).isEqualTo(f.message());
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            assertThat(loc.get("artifactLocation").get("uri").asText()).doesNotStartWith("/").endsWith(".txt");
            JsonNode region = loc.get("region");
            for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertThat(region.get(field).asInt()).as(field).isPositive();
            }
            assertThat(r.get("partialFingerprints").get("reconFindingId/v1").asText()).isEqualTo(f.id());
            if (f.evidence().size() > 1) {
                assertThat(r.get("relatedLocations")).hasSize(f.evidence().size() - 1);
            }
        }
    }

    @Test
    void regionsPointAtTheQuotedText() throws Exception {
        Report report = SeedCorpus.report();
        JsonNode results = sarif(TriagedReport.of(report)).get("runs").get(0).get("results");
        for (int i = 0; i < results.size(); i++) {
            Finding f = report.findings().get(i);
            String text = report.source(f.evidence().get(0).source()).text();
            JsonNode region = results.get(i).get("locations").get(0).get("physicalLocation").get("region");
            String[] lines = text.split("\n", -1);
            String line = lines[region.get("startLine").asInt() - 1];
            if (region.get("startLine").asInt() == region.get("endLine").asInt()) {
                assertThat(line.substring(region.get("startColumn").asInt() - 1, region.get("endColumn").asInt() - 1))
                        .isEqualTo(f.evidence().get(0).text());
            }
        }
    }

    @Test
    void baselinesAndSuppressionsAreMarked() throws Exception {
        Report report = SeedCorpus.report();
        Finding first = report.findings().get(0);
        TriagedReport t = TriagedReport.triage(report, "old.json", Set.of(first.id(), "gone-0000000000"),
                List.of(new Suppression(null, FindingKind.OMISSION, "omissions are editorial choices")));
        JsonNode results = sarif(t).get("runs").get(0).get("results");
        assertThat(results.get(0).get("baselineState").asText()).isEqualTo("unchanged");
        assertThat(results.get(1).get("baselineState").asText()).isEqualTo("new");
        for (int i = 0; i < results.size(); i++) {
            boolean omission = report.findings().get(i).kind() == FindingKind.OMISSION;
            assertThat(results.get(i).has("suppressions")).isEqualTo(omission);
        }
        assertThat(t.gone()).containsExactly("gone-0000000000");
    }
}
