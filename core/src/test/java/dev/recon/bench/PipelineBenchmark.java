package dev.recon.bench;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.internal.nlp.Annotator;
import dev.recon.internal.nlp.BareOpenNlp;
import dev.recon.nlp.LanguageModels;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import dev.recon.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of recon on a bundled corpus: the whole reconciliation (on one thread and on all),
 * the annotation stage alone (sentences, tokens, tags and lemmas as recon does them), and OpenNLP's
 * bare four-stage pipeline on the same texts, so that recon's ratio to bare OpenNLP is one run. A
 * benchmark, not a test: nothing here asserts, and nothing runs in {@code mvn verify}. How to run it:
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    /** The corpus folder, relative to the repository root. */
    @Param("corpus/north-korea-vietnam")
    public String corpus;

    private List<Source> sources;
    private LanguageModels models;
    private Reconciler allThreads;
    private Reconciler oneThread;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path root = Path.of(System.getProperty("recon.root", ".")).toAbsolutePath().normalize();
        sources = new SourceLoader().load(List.of(root.resolve(corpus).toString()), 2);
        models = LanguageModels.english();
        allThreads = Reconciler.builder().models(models).build();
        oneThread = Reconciler.builder().models(models).threads(1).build();
    }

    @Benchmark
    public Report reconcile() {
        return allThreads.reconcile(sources);
    }

    @Benchmark
    public Report reconcileOneThread() {
        return oneThread.reconcile(sources);
    }

    /** Annotation as recon does it, with a fresh annotator as each reconciliation makes. */
    @Benchmark
    public void annotate(Blackhole out) {
        Annotator annotator = Annotator.over(models);
        for (Source s : sources) {
            out.consume(annotator.sentences(s.text(), new Span(0, s.text().length())));
        }
    }

    @Benchmark
    public int bareOpenNlp() {
        BareOpenNlp bare = new BareOpenNlp(models);
        int tokens = 0;
        for (Source s : sources) {
            tokens += bare.run(s.text());
        }
        return tokens;
    }
}
