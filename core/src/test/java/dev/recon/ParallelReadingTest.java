package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.model.Claim;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 11: sources are read on several threads, and the report is the same as on one. */
class ParallelReadingTest {

    private static final Path CORPUS = Path.of(System.getProperty("user.dir")).getParent().resolve("corpus");

    private static Reconciler withThreads(int n) {
        return Reconciler.builder().models(Fixtures.MODELS).knowledgeBase(Fixtures.KB).wordNet(Fixtures.WORDNET)
                .threads(n).build();
    }

    @Test
    void theReportDoesNotDependOnTheNumberOfThreads() throws Exception {
        List<Path> corpora;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            corpora = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(corpora).hasSizeGreaterThanOrEqualTo(4);
        Reconciler one = withThreads(1);
        Reconciler four = withThreads(4);
        for (Path dir : corpora) {
            List<Source> sources = new SourceLoader().load(List.of(dir.toString()), 2);
            Report a = one.reconcile(sources);
            Report b = four.reconcile(sources);
            assertThat(b.findings()).as(dir.getFileName().toString()).isEqualTo(a.findings()).isNotEmpty();
            assertThat(b.claims().stream().map(Claim::id).toList()).isEqualTo(a.claims().stream().map(Claim::id).toList());
            assertThat(b.alignments()).isEqualTo(a.alignments());
            assertThat(b.notices()).isEqualTo(a.notices());
        }
    }

    @Test
    void manyClaimsAlignTheSameOnOneThreadAndOnSeveral() throws Exception {
        // more claims than the aligner scores in one block, and many claims per scoring task
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                for (Source s : new SourceLoader().load(List.of(dir.toString()), 2)) {
                    for (int copy = 0; copy < 5; copy++) {
                        sources.add(Source.of(dir.getFileName() + "-" + s.id() + "-" + copy, s.kind(), s.text()));
                    }
                }
            }
        }
        Report a = withThreads(1).reconcile(sources);
        Report b = withThreads(3).reconcile(sources);
        assertThat(a.claims()).hasSizeGreaterThan(1_024);
        assertThat(b.alignments()).isEqualTo(a.alignments()).isNotEmpty();
        assertThat(b.findings()).isEqualTo(a.findings());
    }

    @Test
    void progressCountsEverySourceOnceFromAnyThread() throws Exception {
        List<Source> sources = new SourceLoader().load(List.of(CORPUS.resolve("north-korea-vietnam").toString()), 2);
        List<Integer> read = Collections.synchronizedList(new ArrayList<>());
        withThreads(3).reconcile(sources, (stage, done, total) -> {
            if (stage.equals("reading")) {
                read.add(done);
            }
        });
        assertThat(read).contains(0, sources.size()).containsAll(List.of(1, 2)).allMatch(d -> d <= sources.size());
    }

    @Test
    void refusesNoThreads() {
        assertThatThrownBy(() -> Reconciler.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
