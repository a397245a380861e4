package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Rule;
import dev.recon.finding.Rules;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule's example, from rules.json, reconciled: it must give a finding of the rule's kind. */
class RuleExamplesTest {

    static Stream<Rule> rules() {
        return Rules.bundled().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theExampleShowsTheRule(Rule rule) {
        List<Source> sources = new ArrayList<>();
        rule.exampleSources().forEach((id, text) -> sources.add(Source.of(id, SourceKind.OTHER, text)));
        Report r = Fixtures.reconciler().reconcile(sources);
        FindingKind kind = rule.kind();
        assertThat(r.findings()).as("findings for the %s example", kind.id())
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo(kind);
                    assertThat(f.evidence()).extracting(Evidence::text).contains(rule.exampleQuote());
                });
    }
}
