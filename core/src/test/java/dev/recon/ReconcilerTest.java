package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final String ENCYCLOPEDIA = """
            Expedition history

            The expedition had 200 members when it left the port in 1911. In 1972, the government signed a trade \
            agreement with the Soviet Union in Moscow. North Vietnam and the kingdom established relations on \
            March 3, 1955. North Yemen merged with South Yemen in 1990 to form Yemen. The union was unified by 1989 \
            according to one account of Yemen.[2]

            References

              1. ^ Smith, Jane (2001). "A history of the port". Journal of Ports. 3 (1): 10.
              2. ^
            """;
    private static final String MIRROR = """
            The expedition had 300 members when it left the port in 1911. In 1972, the government signed a trade \
            agreement with Russia in Moscow. The Democratic Republic of Vietnam and the kingdom established \
            relations on March 3, 1955. Today the country relies on China and Russia for most of its trade. After \
            the unification of Yemen in 1991, the economy of Yemen grew quickly. The canal was opened to shipping \
            in 1869 after ten years of digging by 30,000 labourers.
            """;

    private static List<Source> sources() {
        return List.of(Source.of("encyclopedia", SourceKind.ENCYCLOPEDIA, ENCYCLOPEDIA),
                Source.of("mirror", SourceKind.MIRROR, MIRROR));
    }

    private static Report report() {
        return Fixtures.reconciler().reconcile(sources());
    }

    private static List<Finding> of(Report r, FindingKind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    private static List<String> quotes(Finding f) {
        return f.evidence().stream().map(Evidence::text).toList();
    }

    /** Found in review: the first build closed the background loading, and a second build was refused by its pool. */
    @Test
    void aBuilderThatLoadedInTheBackgroundBuildsAgain() {
        Reconciler.Builder builder = Reconciler.builder().models(Fixtures.MODELS).wordNet(Fixtures.WORDNET).loadInBackground();
        Reconciler first = builder.build();
        Reconciler second = builder.build();
        assertThat(second).isNotSameAs(first);
        assertThat(second.reconcile(sources()).findings()).hasSameSizeAs(first.reconcile(sources()).findings());
    }

    @Test
    void aSuccessorStateInAnOldClaimIsOneMajorAnachronismQuotingBothNames() {
        Report r = report();
        // one finding for one discrepancy: the anachronism sets the two names against each other, and
        // no entity mismatch repeats it
        assertThat(of(r, FindingKind.ENTITY_MISMATCH))
                .noneSatisfy(f -> assertThat(quotes(f)).containsExactlyInAnyOrder("Soviet Union", "Russia"));
        assertThat(of(r, FindingKind.ANACHRONISM))
                .anySatisfy(f -> {
                    assertThat(quotes(f)).containsExactly("Russia", "Soviet Union");
                    assertThat(f.severity()).isEqualTo(Severity.MAJOR);
                })
                .noneSatisfy(f -> assertThat(quotes(f).get(0)).isEqualTo("Soviet Union"));
        // Yemen was formed in 1990: naming it in a claim dated "by 1989" is an anachronism too
        assertThat(of(r, FindingKind.ANACHRONISM)).anySatisfy(f -> assertThat(quotes(f)).containsExactly("Yemen"));
    }

    @Test
    void presentDayRussiaInAPresentDayClaimIsNoAnachronism() {
        Report r = report();
        int present = MIRROR.indexOf("Today");
        assertThat(of(r, FindingKind.ANACHRONISM))
                .noneMatch(f -> f.evidence().stream().anyMatch(e -> e.span().start() > present
                        && e.span().start() < MIRROR.indexOf("After the")));
    }

    @Test
    void aliasesAreANamingVariantAtInfo() {
        assertThat(of(report(), FindingKind.NAMING_VARIANT)).anySatisfy(f -> {
            assertThat(quotes(f)).containsExactlyInAnyOrder("North Vietnam", "Democratic Republic of Vietnam");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void differentFiguresForOneFactAreANumberMismatch() {
        assertThat(of(report(), FindingKind.NUMBER_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(quotes(f)).containsExactlyInAnyOrder("200 members", "300 members"));
    }

    @Test
    void oneHappeningDatedTwoWaysAcrossSourcesAndWithinOne() {
        Report r = report();
        assertThat(of(r, FindingKind.DATE_MISMATCH)).anySatisfy(f ->
                assertThat(String.join("|", quotes(f))).contains("1990").contains("1991"));
        assertThat(of(r, FindingKind.INTERNAL_INCONSISTENCY)).anySatisfy(f -> {
            assertThat(f.evidence()).allMatch(e -> e.source().equals("encyclopedia"));
            assertThat(String.join("|", quotes(f))).contains("1990").contains("1989");
        });
    }

    @Test
    void aDatedClaimNoOtherSourceMakesIsAMajorUnsupportedClaim() {
        assertThat(of(report(), FindingKind.UNSUPPORTED_CLAIM)).anySatisfy(f -> {
            assertThat(quotes(f).get(0)).startsWith("The canal was opened");
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.message()).contains("1869");
        });
    }

    @Test
    void aMarkerPointingAtAnEmptyReferenceIsACitationProblem() {
        assertThat(of(report(), FindingKind.CITATION_PROBLEM)).singleElement().satisfies(f -> {
            assertThat(quotes(f).get(0)).isEqualTo("[2]");
            assertThat(f.message()).contains("empty");
        });
    }

    @Test
    void everyQuoteIsTheExactTextAtItsOffsets() {
        Report r = report();
        for (Finding f : r.findings()) {
            for (Evidence e : f.evidence()) {
                assertThat(r.source(e.source()).text().substring(e.span().start(), e.span().end()))
                        .as(f.id()).isEqualTo(e.text());
            }
        }
        r.claims().forEach(c -> assertThat(c.span().of(r.source(c.sourceId()).text())).isEqualTo(c.text()));
    }

    @Test
    void theSameInputGivesTheSameReport() {
        Report a = report();
        Report b = Fixtures.reconciler().reconcile(sources());
        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.alignments()).extracting(x -> x.id()).isEqualTo(a.alignments().stream().map(x -> x.id()).toList());
    }

    @Test
    void findingIdsSurviveUnrelatedEditsElsewhere() {
        Report before = report();
        Report after = Fixtures.reconciler().reconcile(List.of(
                Source.of("encyclopedia", SourceKind.ENCYCLOPEDIA,
                        "A new opening paragraph about the weather in the port town was added.\n\n" + ENCYCLOPEDIA),
                Source.of("mirror", SourceKind.MIRROR, MIRROR)));
        String numberBefore = of(before, FindingKind.NUMBER_MISMATCH).get(0).id();
        assertThat(of(after, FindingKind.NUMBER_MISMATCH)).extracting(Finding::id).containsExactly(numberBefore);
        assertThat(of(after, FindingKind.NUMBER_MISMATCH).get(0).evidence().get(0).span())
                .isNotEqualTo(of(before, FindingKind.NUMBER_MISMATCH).get(0).evidence().get(0).span());
    }

    @Test
    void oneReconcilerServesManyThreads() throws Exception {
        Reconciler shared = Fixtures.reconciler();
        Report expected = report();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> runs = pool.invokeAll(List.of(
                    () -> shared.reconcile(sources()), () -> shared.reconcile(sources()),
                    () -> shared.reconcile(sources()), () -> shared.reconcile(sources())));
            for (Future<Report> run : runs) {
                assertThat(run.get().findings()).isEqualTo(expected.findings());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesFewerThanTwoSourcesAndDuplicateIds() {
        Source one = Source.of("a", SourceKind.OTHER, "Text one says something.");
        assertThatThrownBy(() -> Fixtures.reconciler().reconcile(List.of(one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two sources");
        assertThatThrownBy(() -> Fixtures.reconciler().reconcile(List.of(one, one)))
                .hasMessageContaining("share the id 'a'");
    }

    @Test
    void aSourceThatCountsOneThingTwoWaysIsInconsistent() {
        Report r = Fixtures.reconciler().reconcile(List.of(
                Source.of("a", SourceKind.NEWS, "The expedition set out from the port with 200 members in 1911. "
                        + "Storms followed. Later, the expedition set out from the port with 240 members, the log says."),
                Source.of("b", SourceKind.NEWS, "The port was busy in 1911.")));
        assertThat(of(r, FindingKind.INTERNAL_INCONSISTENCY)).anySatisfy(f ->
                assertThat(quotes(f)).containsExactly("200 members", "240 members"));
    }
}
