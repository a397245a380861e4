package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.finding.Finding;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9: findings are capped per source and kind, the most severe kept, and a notice counts the rest. */
class FindingCapTest {

    private static final String A = "The bridge opened in 1932. The tunnel opened in 1951. The dam opened in 1963. "
            + "The canal opened in 1971.\n";
    private static final String B = "The bridge opened in 1933. The tunnel opened in 1952. The dam opened in 1964. "
            + "The canal opened in 1972.\n";

    private static Report reconcile(Reconciler r) {
        return r.reconcile(List.of(Source.of("a", SourceKind.NEWS, A), Source.of("b", SourceKind.NEWS, B)));
    }

    @Test
    void aCapKeepsTheMostSevereAndSaysHowManyMore() {
        Report all = reconcile(Fixtures.reconciler());
        long dates = all.findings().stream().filter(f -> f.kind().id().equals("date-mismatch")).count();
        assertThat(dates).isGreaterThanOrEqualTo(3);
        Reconciler capped = Reconciler.builder().models(Fixtures.MODELS).knowledgeBase(Fixtures.KB)
                .wordNet(Fixtures.WORDNET).maxFindingsPerSourceAndKind(1).build();
        Report r = reconcile(capped);
        List<Finding> listed = r.findings().stream().filter(f -> f.kind().id().equals("date-mismatch")).toList();
        assertThat(listed).hasSize(1);
        assertThat(r.notices()).anySatisfy(n -> {
            assertThat(n.source()).isEqualTo("a");
            assertThat(n.message()).startsWith((dates - 1) + " more date-mismatch findings");
        });
        assertThat(all.notices()).isEmpty();
    }

    @Test
    void theCapMustAllowOne() {
        assertThatThrownBy(() -> Reconciler.builder().maxFindingsPerSourceAndKind(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
