package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.Report;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.triage.Suppression;
import dev.recon.triage.TriagedReport;
import dev.recon.finding.Rule;
import dev.recon.finding.Rules;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {

    private static JsonNode sarif(TriagedReport r) throws Exception {
        StringWriter out = new StringWriter();
        new SarifReportWriter(SeedCorpus.ROOT, OptionalInt.empty()).write(r, out);
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
            assertThat(r.get("message").get("text").asText()).startsWith(SarifReportWriter.escape(f.message()));
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            // the seed corpus lies inside the repository, the default base directory
            assertThat(loc.get("artifactLocation").get("uri").asText())
                    .startsWith("corpus/north-korea-vietnam/").endsWith(".txt");
            assertThat(loc.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
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
    /** Two sources that disagree on a year, with the paths given, read from {@code cwd}. */
    private static JsonNode bridge(Path base, Path cwd, OptionalInt exit, String pathA, String pathB) throws Exception {
        Report report = SeedCorpus.reconciler().reconcile(List.of(
                new Source("a", pathA, SourceKind.OTHER, "The bridge opened to traffic in 1932 after six years of work.\n"),
                new Source("b", pathB, SourceKind.OTHER, "The bridge opened to traffic in 1933 after six years of work.\n")));
        assertThat(report.findings()).as("the two sources disagree").isNotEmpty();
        StringWriter out = new StringWriter();
        new SarifReportWriter(base, cwd, exit).write(TriagedReport.of(report), out);
        return new ObjectMapper().readTree(out.toString()).get("runs").get(0);
    }

    private static List<String> uris(JsonNode run) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            out.add(r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
            for (JsonNode rel : r.path("relatedLocations")) {
                out.add(rel.get("physicalLocation").get("artifactLocation").get("uri").asText());
            }
        }
        return out;
    }

    @Test
    void pathSegmentsArePercentEncodedAsRfc3986Says() {
        assertThat(SarifUris.encodeSegment("my notes.txt", false)).isEqualTo("my%20notes.txt");
        assertThat(SarifUris.encodeSegment("issue#12.md", false)).isEqualTo("issue%2312.md");
        // non-ASCII as its UTF-8 bytes: é is C3 A9, the CJK 北 is E5 8C 97
        assertThat(SarifUris.encodeSegment("café.txt", false)).isEqualTo("caf%C3%A9.txt");
        assertThat(SarifUris.encodeSegment("北.txt", false)).isEqualTo("%E5%8C%97.txt");
        assertThat(SarifUris.encodeSegment("100%.txt", false)).isEqualTo("100%25.txt");
        assertThat(SarifUris.encodeSegment("a?b[1].txt", false)).isEqualTo("a%3Fb%5B1%5D.txt");
        // unreserved characters and sub-delims stay as they are
        assertThat(SarifUris.encodeSegment("A-z_0.9~!$&'()*+,;=@.txt", false)).isEqualTo("A-z_0.9~!$&'()*+,;=@.txt");
        // a colon would read as a scheme in the first segment of a relative reference
        assertThat(SarifUris.encodeSegment("notes:v2.txt", false)).isEqualTo("notes%3Av2.txt");
        assertThat(SarifUris.encodeSegment("notes:v2.txt", true)).isEqualTo("notes:v2.txt");
    }

    @Test
    void locationsAreRelativeToTheBaseDirAndEncoded(@TempDir Path repo) throws Exception {
        JsonNode run = bridge(repo, repo, OptionalInt.empty(), "my corpus/a b.txt", "notes #1/Ünïcode.md");
        assertThat(uris(run)).isNotEmpty().allMatch(u -> u.equals("my%20corpus/a%20b.txt")
                || u.equals("notes%20%231/%C3%9Cn%C3%AFcode.md")).contains("my%20corpus/a%20b.txt", "notes%20%231/%C3%9Cn%C3%AFcode.md");
        for (JsonNode r : run.get("results")) {
            assertThat(r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uriBaseId").asText())
                    .isEqualTo(SarifUris.SRCROOT);
        }
        String base = run.get("originalUriBaseIds").get(SarifUris.SRCROOT).get("uri").asText();
        assertThat(base).startsWith("file:///").endsWith("/");
        assertThat(Path.of(java.net.URI.create(base))).isEqualTo(repo.toAbsolutePath().normalize());
        assertThat(run.get("invocations").get(0).has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void aRunFromASubfolderNeverGivesDotDot(@TempDir Path repo) throws Exception {
        Path sub = Files.createDirectories(repo.resolve("tools/sub"));
        JsonNode run = bridge(repo, sub, OptionalInt.empty(), "../../corpus/a.txt", "../b.txt");
        assertThat(uris(run)).isNotEmpty().allMatch(u -> u.equals("corpus/a.txt") || u.equals("tools/b.txt"));
    }

    @Test
    void aSourceOutsideTheBaseDirIsAnAbsoluteFileUriWithAWarning(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path outside = dir.resolve("elsewhere/b #2.txt");
        JsonNode run = bridge(repo, repo, OptionalInt.empty(), "a.txt", outside.toString());
        String expected = outside.toUri().toString();
        assertThat(uris(run)).contains("a.txt", expected).noneMatch(u -> u.contains(".."));
        for (JsonNode r : run.get("results")) {
            JsonNode art = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            // an absolute URI takes no base: GitHub would otherwise join them
            assertThat(art.has("uriBaseId")).isEqualTo(!art.get("uri").asText().startsWith("file:"));
        }
        JsonNode notes = run.get("invocations").get(0).get("toolExecutionNotifications");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("message").get("text").asText()).contains(outside.toString(), "outside the base directory");
        assertThat(SarifReportWriter.outsideBaseDir(SeedCorpus.report(), SeedCorpus.ROOT)).isEmpty();
    }

    @Test
    void theInvocationCarriesTheExitCode(@TempDir Path repo) throws Exception {
        JsonNode withCode = bridge(repo, repo, OptionalInt.of(1), "a.txt", "b.txt").get("invocations");
        assertThat(withCode).hasSize(1);
        assertThat(withCode.get(0).get("executionSuccessful").asBoolean()).isTrue();
        assertThat(withCode.get(0).get("exitCode").asInt()).isEqualTo(1);
        JsonNode without = bridge(repo, repo, OptionalInt.empty(), "a.txt", "b.txt").get("invocations");
        assertThat(without.get(0).has("exitCode")).isFalse();
    }

    @Test
    void theToolAndItsRulesLinkToTheirDocumentation() throws Exception {
        JsonNode run = sarif(TriagedReport.of(SeedCorpus.report())).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        assertThat(run.get("automationDetails").get("id").asText()).isEqualTo("recon/");
        Set<String> names = new HashSet<>();
        for (JsonNode rule : driver.get("rules")) {
            String id = rule.get("id").asText();
            String name = rule.get("name").asText();
            assertThat(name).as(id).matches("[A-Z][a-z0-9]+([A-Z][a-z0-9]+)*");
            // the multitool (SARIF1001) compares them ignoring case
            assertThat(name).as(id).isNotEqualToIgnoringCase(id);
            names.add(name);
            assertThat(rule.get("helpUri").asText()).isEqualTo(SarifReportWriter.RULES_DOCUMENTATION + "#" + id);
        }
        assertThat(names).hasSize(FindingKind.values().length);
    }

    @Test
    void theRuleDocumentationHasASectionForEveryRule() throws Exception {
        String doc = Files.readString(SeedCorpus.ROOT.resolve("docs/rules.md"));
        assertThat(SarifReportWriter.RULES_DOCUMENTATION).endsWith("/docs/rules.md")
                .startsWith(SarifReportWriter.INFORMATION_URI);
        // the address the build filters in from the parent pom, not a placeholder left unfiltered
        assertThat(SarifReportWriter.INFORMATION_URI).startsWith("https://").doesNotContain("${");
        for (Rule rule : Rules.bundled().all()) {
            String heading = "\n## " + rule.kind().id() + "\n";
            assertThat(doc).as("a section whose anchor is #%s", rule.kind().id()).contains(heading);
            int from = doc.indexOf(heading);
            int to = doc.indexOf("\n## ", from + 1);
            String section = doc.substring(from, to < 0 ? doc.length() : to);
            assertThat(section).contains("`" + rule.name() + "`", rule.shortDescription(), rule.fullDescription(), rule.help());
        }
    }

    @Test
    void relatedLocationsAreLinkedFromTheMessage() throws Exception {
        Report report = SeedCorpus.report();
        JsonNode results = sarif(TriagedReport.of(report)).get("runs").get(0).get("results");
        Pattern link = Pattern.compile("(?<!\\\\)\\[[^\\]]*\\]\\((\\d+)\\)");
        int related = 0;
        for (JsonNode r : results) {
            Set<Integer> ids = new HashSet<>();
            r.path("relatedLocations").forEach(rel -> ids.add(rel.get("id").asInt()));
            Set<Integer> linked = new HashSet<>();
            Matcher m = link.matcher(r.get("message").get("text").asText());
            while (m.find()) {
                linked.add(Integer.parseInt(m.group(1)));
            }
            assertThat(linked).as(r.get("message").get("text").asText()).isEqualTo(ids);
            related += ids.size();
        }
        assertThat(related).as("the seed corpus has findings quoting two sources").isPositive();
    }

    @Test
    void squareBracketsInTheMessageAreNotLinks() {
        assertThat(SarifReportWriter.escape("wikipedia cites [3] where overview cites [4](1)"))
                .isEqualTo("wikipedia cites \\[3\\] where overview cites \\[4\\](1)");
    }

    @Test
    void theGitTopLevelIsTheNearestFolderWithADotGitEntry(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo/.git")).getParent();
        Path deep = Files.createDirectories(repo.resolve("a/b"));
        assertThat(SarifUris.gitTopLevel(deep)).contains(repo);
        assertThat(SarifUris.defaultBaseDir(deep)).isEqualTo(repo);
        // a worktree or submodule has a .git file, not a folder
        Path worktree = Files.createDirectories(deep.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../../../.git/worktrees/wt\n");
        assertThat(SarifUris.gitTopLevel(worktree.resolve("x").resolve(".."))).contains(worktree);
    }
}
