package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.recon.Report;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import dev.recon.triage.TriagedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SARIF recon writes, validated against the official SARIF 2.1.0 schema as the SARIF SDK ships it in the
 * npm package {@code @microsoft/sarif-multitool} (pinned in {@code reports/sarif-tools/package-lock.json}),
 * which the build installs into {@code target/sarif-tools} when npm is on the PATH. Without npm these tests
 * are skipped, and say so; CI has npm, and {@code .ci/run} fails when the multitool is missing.
 *
 * <p>The reports are also left in {@code target/sarif/} for {@code .ci/run}, which runs the multitool's
 * SARIF and GitHub rules ({@code validate --rule-kind "Sarif;Gh"}) on them.
 */
class SarifSchemaTest {

    static final Path TOOLS = SeedCorpus.ROOT.resolve("reports/target/sarif-tools/node_modules/@microsoft");
    static final Path OUT = SeedCorpus.ROOT.resolve("reports/target/sarif");

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        Optional<Path> file = schemaFile();
        if (file.isEmpty()) {
            return;
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file.get())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    @BeforeEach
    void requireSchema() {
        // each test is reported as skipped, with this reason, rather than the class vanishing from the count
        assumeTrue(schema != null, "skipped: no SARIF schema under " + TOOLS
                + " (the build installs @microsoft/sarif-multitool there only when npm is on the PATH)");
    }

    /** The schema in whichever platform's package npm installed: they ship the same file. */
    private static Optional<Path> schemaFile() throws IOException {
        if (!Files.isDirectory(TOOLS)) {
            return Optional.empty();
        }
        try (Stream<Path> packages = Files.list(TOOLS)) {
            return packages.filter(p -> p.getFileName().toString().startsWith("sarif-multitool-"))
                    .map(p -> p.resolve("sarif-2.1.0.json")).filter(Files::isRegularFile).sorted().findFirst();
        }
    }

    private static JsonNode write(Report report, Path base, String name) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReportWriter(base, OptionalInt.of(0)).write(TriagedReport.of(report), out);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(name), out.toString(), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theSeedCorpusReportFollowsTheSchema() throws Exception {
        JsonNode sarif = write(SeedCorpus.report(), SeedCorpus.ROOT, "seed-corpus.sarif");
        assertThat(sarif.get("runs").get(0).get("results")).isNotEmpty();
        assertThat(schema.validate(sarif)).isEmpty();
    }

    @Test
    void aReportWhosePathsHaveASpaceAHashAndNonAsciiFollowsTheSchema() throws Exception {
        Path base = OUT.resolve("awkward-paths");
        Report report = SeedCorpus.reconciler().reconcile(List.of(
                new Source("a", base.resolve("my corpus/notes #1.txt").toString(), SourceKind.OTHER,
                        "The bridge opened to traffic in 1932 after six years of work.\n"),
                new Source("b", base.resolve("Ünïcode/北京 [draft].md").toString(), SourceKind.OTHER,
                        "The bridge opened to traffic in 1933 after six years of work.\n")));
        JsonNode sarif = write(report, base, "awkward-paths.sarif");
        assertThat(sarif.get("runs").get(0).get("results")).isNotEmpty();
        assertThat(schema.validate(sarif)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatGithubWouldReject() throws Exception {
        JsonNode sarif = write(SeedCorpus.report(), SeedCorpus.ROOT, "seed-corpus.sarif");
        ObjectNode broken = sarif.deepCopy();
        ObjectNode result = (ObjectNode) broken.get("runs").get(0).get("results").get(0);
        result.put("level", "critical");
        ((ObjectNode) result.get("locations").get(0).get("physicalLocation").get("region")).put("startLine", 0);
        ((ObjectNode) broken.get("runs").get(0).get("invocations").get(0)).remove("executionSuccessful");
        Set<ValidationMessage> errors = schema.validate(broken);
        assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
        // what recon wrote before percent-encoding: the multitool's SARIF1002, a format error here
        ObjectNode unencoded = sarif.deepCopy();
        ((ObjectNode) unencoded.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation")).put("uri", "my corpus#1/Ünïcode.txt");
        assertThat(schema.validate(unencoded)).singleElement()
                .satisfies(m -> assertThat(m.getMessage()).contains("uri-reference"));
    }
}
