package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.recon.Report;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static JsonNode json;
    private static JsonSchema schema;

    @BeforeAll
    static void render() throws Exception {
        Report report = SeedCorpus.report();
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(report, out);
        json = new ObjectMapper().readTree(out.toString());
        try (InputStream in = JsonReportWriter.class.getResourceAsStream("report-v1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void theReportFollowsThePublishedSchema() {
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaRejectsABrokenReport() {
        JsonNode broken = json.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("findings").get(0)).put("severity", "critical");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("claims");
        assertThat(schema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyTextIsTheFileSubstringAtItsOffsets() throws Exception {
        Map<String, String> files = new HashMap<>();
        for (JsonNode s : json.get("sources")) {
            String text = Files.readString(Path.of(s.get("path").asText()));
            assertThat(text.length()).isEqualTo(s.get("chars").asInt());
            files.put(s.get("id").asText(), text);
        }
        for (JsonNode c : json.get("claims")) {
            String text = files.get(c.get("source").asText());
            assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
            for (String part : new String[] {"times", "entities", "quantities"}) {
                for (JsonNode x : c.get(part)) {
                    assertThat(text.substring(x.get("start").asInt(), x.get("end").asInt())).isEqualTo(x.get("text").asText());
                }
            }
        }
        for (JsonNode f : json.get("findings")) {
            for (JsonNode e : f.get("evidence")) {
                String text = files.get(e.get("source").asText());
                assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
            }
        }
    }

    @Test
    void textsStayExactWhenTheAnalysisReadsLineBreaksAsSpaces() throws Exception {
        // hard wrapped, with Windows line ends and a byte order mark: the analysis reads "Kim Il-sung",
        // the report still quotes the file
        String original = Files.readString(SeedCorpus.CORPUS.resolve("wikipedia.txt"));
        String wrapped = "\uFEFF" + original.replace("Kim Il-sung", "Kim\nIl-sung").replace("\n", "\r\n");
        Report report = SeedCorpus.reconciler().reconcile(List.of(Source.of("wrapped", SourceKind.ENCYCLOPEDIA, wrapped),
                Source.of("original", SourceKind.ENCYCLOPEDIA, original)));
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(report, out);
        JsonNode wrappedJson = new ObjectMapper().readTree(out.toString());
        assertThat(schema.validate(wrappedJson)).isEmpty();
        Map<String, String> files = Map.of("wrapped", wrapped, "original", original);
        int located = 0;
        for (JsonNode c : wrappedJson.get("claims")) {
            String text = files.get(c.get("source").asText());
            List<JsonNode> all = new java.util.ArrayList<>(List.of(c));
            for (String part : new String[] {"times", "entities", "quantities"}) {
                c.get(part).forEach(all::add);
            }
            for (JsonNode x : all) {
                assertThat(x.get("text").asText()).isEqualTo(text.substring(x.get("start").asInt(), x.get("end").asInt()));
                located++;
            }
        }
        assertThat(located).isGreaterThan(wrappedJson.get("claims").size());
        assertThat(wrappedJson.get("claims").findValuesAsText("text")).anyMatch(t -> t.contains("Kim\r\nIl-sung"));
    }

    @Test
    void idsAreUniqueAndReferencesResolve() {
        Set<String> claims = new HashSet<>();
        json.get("claims").forEach(c -> assertThat(claims.add(c.get("id").asText())).isTrue());
        Set<String> findings = new HashSet<>();
        json.get("findings").forEach(f -> assertThat(findings.add(f.get("id").asText())).isTrue());
        json.get("alignments").forEach(a -> a.get("claims").forEach(id -> assertThat(claims).contains(id.asText())));
        json.get("findings").forEach(f -> f.get("claims").forEach(id -> assertThat(claims).contains(id.asText())));
    }

    @Test
    void pathsAreAsGivenAndKindsComeFromTheManifest() {
        Map<String, String> kinds = new HashMap<>();
        json.get("sources").forEach(s -> kinds.put(Path.of(s.get("path").asText()).getFileName().toString(), s.get("kind").asText()));
        assertThat(kinds).containsEntry("wikipedia.txt", "encyclopedia").containsEntry("mirror.txt", "mirror")
                .containsEntry("overview.txt", "overview");
    }
}
