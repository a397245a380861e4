package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.source.InputException;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding ids depend on what the sources say, never on what the files are called (baselines key on them). */
class FindingIdsTest {

    private static final Path CORPUS = Path.of(System.getProperty("recon.root", ".."), "corpus").toAbsolutePath().normalize();

    static List<Path> corpora() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void renamingTheFilesKeepsEveryFindingId(Path corpus) throws InputException {
        List<Source> sources = new SourceLoader().load(List.of(corpus.toString()), 2);
        List<Source> renamed = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            // names that sort the other way round, in another folder, with the same text in the same order
            renamed.add(new Source("zz-renamed-" + (sources.size() - i), "/elsewhere/" + (sources.size() - i) + ".txt",
                    s.kind(), s.text()));
        }
        Report before = Fixtures.reconciler().reconcile(sources);
        Report after = Fixtures.reconciler().reconcile(renamed);

        assertThat(before.findings()).isNotEmpty();
        assertThat(before.findings()).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(byId(after, renamed)).isEqualTo(byId(before, sources));
    }

    /** Each id with what its finding quotes, naming sources by their place in the list rather than their id. */
    private static Map<String, List<String>> byId(Report report, List<Source> sources) {
        Map<String, Integer> place = new HashMap<>();
        sources.forEach(s -> place.put(s.id(), place.size()));
        Map<String, List<String>> out = new HashMap<>();
        for (Finding f : report.findings()) {
            List<String> quotes = new ArrayList<>();
            quotes.add(f.kind().id() + " " + f.severity());
            for (Evidence e : f.evidence()) {
                quotes.add(place.get(e.source()) + ":" + e.span() + ":" + e.text());
            }
            out.put(f.id(), quotes);
        }
        return out;
    }
}
