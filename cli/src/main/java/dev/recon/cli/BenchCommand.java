package dev.recon.cli;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.nlp.LanguageModels;
import dev.recon.source.InputException;
import dev.recon.source.IoErrors;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recon bench}: how long a reconciliation takes, cold and warm. A benchmark, not a test: it
 * prints figures and asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Time recon compare on the given sources: model loading, the first (cold) run, and warm runs.",
                "With --stress, record the time, heap and claims of awkward inputs built from them instead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:input error", "4:internal error"})
public final class BenchCommand implements Callable<Integer> {

    /** Timed runs of each size in --scaling, of which the median is plotted. */
    static final int RUNS_PER_SIZE = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", description = "Warm runs timed, of which the median is reported (default: 10).")
    int rounds = 10;

    @Option(names = "--warmup", paramLabel = "N", description = {"Runs before timing, at least (default: 3); warm-up goes on "
            + "until the just-in-time compiler is idle or --max-warmup-seconds pass."})
    int warmup = 3;

    @Option(names = "--max-warmup-seconds", paramLabel = "S", description = "Longest warm-up before each timing (default: 120).")
    double maxWarmupSeconds = 120;

    @Option(names = "--threads", paramLabel = "N", description = "Threads reading sources (default: the number of processors); "
            + "one thread is always timed too.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sources", paramLabel = "N", description = "Time N overlapping sources built from the given ones "
            + "(as --scaling builds them) instead of the given ones.")
    int sourceCount;

    @Option(names = "--stress", description = {"Instead of timing the given sources, build awkward inputs from them "
            + "(a 2 MB line, runs that defeat sentence splitting, 1,000 small files, a 50 MB source) and record the "
            + "time, peak and live heap, and claims read of each."})
    boolean stress;

    @Option(names = "--scale", paramLabel = "SHARE", description = "With --stress: share of the full input sizes, in (0, 1] (default: 1).")
    double scale = 1;

    @Option(names = "--case", paramLabel = "NAME", split = ",",
            description = "With --stress: only these cases (line-2mb, numbers-run, brackets-run, capitalised-words, files-1000, source-50mb).")
    List<String> cases;

    @Option(names = "--scaling", description = {"Instead of timing the given sources, build 8, 16, 32, 64 and 128 "
            + "overlapping sources from their sentences, time three runs of each and fit how the median time grows with characters."})
    boolean scaling;

    @Option(names = "--sizes", paramLabel = "N", split = ",",
            description = "With --scaling: the numbers of sources (default: 8,16,32,64,128).")
    List<Integer> sizes;

    @Option(names = "--source-chars", paramLabel = "CHARS",
            description = "With --scaling or --sources: characters per generated source (default: 7200).")
    int sourceChars = 7_200;

    @Option(names = "--plot", paramLabel = "SVG", description = "With --scaling: also draw the points and the fit into this SVG file.")
    java.nio.file.Path plot;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "Sources, as for recon compare.")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Source> sources;
        try {
            sources = new SourceLoader().load(inputs, 2);
        } catch (InputException e) {
            spec.commandLine().getErr().println("recon: error: " + e.getMessage());
            return ExitCode.INPUT;
        }
        if (stress) {
            return stress(sources, out);
        }
        if (scaling) {
            return scaling(sources, out);
        }
        if (threads < 1 || rounds < 1 || warmup < 0 || sourceCount == 1 || sourceCount < 0) {
            spec.commandLine().getErr().println("recon: error: --threads and --rounds must be at least 1, --warmup at least 0, "
                    + "and --sources at least 2");
            return ExitCode.USAGE;
        }
        if (sourceCount > 0) {
            try {
                sources = new StressInputs(sources, 1).overlapping(sourceCount, sourceChars);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("recon: error: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        List<Source> input = sources;
        long t0 = System.nanoTime();
        LanguageModels models = LanguageModels.english();
        Reconciler recon = Reconciler.builder().models(models).threads(threads).build();
        Reconciler single = Reconciler.builder().models(models).threads(1).build();
        long loaded = System.nanoTime();
        Report first = recon.reconcile(input);
        long cold = System.nanoTime();
        Warmup warm = new Warmup(warmup, maxWarmupSeconds);
        int warmRounds = warm.run(() -> recon.reconcile(input));
        // the baseline: OpenNLP's four stages alone over the same texts, on one thread
        dev.recon.nlp.BareOpenNlp bare = models.barePipeline();
        Runnable bareRound = () -> input.forEach(s -> bare.run(s.text()));
        warm.run(() -> {
            single.reconcile(input);
            bareRound.run();
        });
        // the three in turn, round after round, so that a change in the machine's load touches all alike
        double[] ms = Warmup.millisPerRound(rounds, () -> recon.reconcile(input), () -> single.reconcile(input), bareRound);
        double warmMs = ms[0];
        double singleMs = ms[1];
        double bareMs = ms[2];
        long chars = input.stream().mapToLong(Source::chars).sum();
        out.println(String.format(Locale.ROOT,
                "recon bench: %d sources, %d chars, %d claims, %d findings | load %.0f ms | cold run %.0f ms | "
                        + "warm-up %d rounds%s", input.size(), chars, first.claims().size(), first.findings().size(),
                (loaded - t0) / 1e6, (cold - loaded) / 1e6, warmRounds, warm.quiet() ? " (compiler idle)" : " (compiler still busy)"));
        out.println(String.format(Locale.ROOT,
                "warm run, %d threads: %.1f ms (%.0f chars/s) | 1 thread: %.1f ms, %.2fx slower | "
                        + "bare OpenNLP, 1 thread: %.1f ms = %.2fx recon's time on %d threads, %.2fx on 1 (%d rounds each)",
                threads, warmMs, chars / (warmMs / 1000), singleMs, singleMs / warmMs, bareMs, bareMs / warmMs, threads,
                bareMs / singleMs, rounds));
        out.flush();
        return ExitCode.OK;
    }

    private int scaling(List<Source> base, PrintWriter out) {
        List<Integer> counts = sizes == null ? List.of(8, 16, 32, 64, 128) : sizes;
        if (counts.size() < 2 || counts.stream().anyMatch(n -> n < 2) || sourceChars < 1) {
            spec.commandLine().getErr().println("recon: error: --scaling needs two or more sizes of at least 2 sources "
                    + "and a positive --source-chars");
            return ExitCode.USAGE;
        }
        StressInputs inputs;
        try {
            inputs = new StressInputs(base, 1);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("recon: error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Reconciler recon = Reconciler.builder().threads(threads).build();
        // the compiler warms up on the smallest size before anything is timed
        List<Source> smallest = inputs.overlapping(counts.get(0), sourceChars);
        new Warmup(Math.max(1, warmup), maxWarmupSeconds).run(() -> recon.reconcile(smallest));
        out.println(String.format(Locale.ROOT, "%8s %12s %10s %12s", "sources", "chars", "seconds", "findings"));
        List<ScalingPlot.Point> points = new java.util.ArrayList<>();
        for (int n : counts) {
            List<Source> sources = inputs.overlapping(n, sourceChars);
            long chars = sources.stream().mapToLong(Source::chars).sum();
            Report[] last = new Report[1];
            double seconds = Warmup.millisPerRound(RUNS_PER_SIZE, () -> last[0] = recon.reconcile(sources)) / 1000;
            Report r = last[0];
            points.add(new ScalingPlot.Point(n, chars, seconds));
            out.println(String.format(Locale.ROOT, "%8d %12d %10.2f %12d", n, chars, seconds, r.findings().size()));
            out.flush();
        }
        double k = ScalingPlot.exponent(points);
        out.println(String.format(Locale.ROOT, "time grows as characters^%.2f (least squares on log-log, %d sizes)", k, points.size()));
        if (plot != null) {
            try {
                java.nio.file.Files.writeString(plot, ScalingPlot.svg(points, String.format(Locale.ROOT,
                        "recon compare: time against characters, %d to %d sources; slope %.2f", counts.get(0),
                        counts.get(counts.size() - 1), k)));
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("recon: error: cannot write " + plot + ": " + IoErrors.describe(e));
                return ExitCode.USAGE;
            }
        }
        return ExitCode.OK;
    }

    private int stress(List<Source> base, PrintWriter out) {
        StressInputs inputs;
        try {
            inputs = new StressInputs(base, scale);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("recon: error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<String> names = cases == null ? StressInputs.names() : cases;
        for (String name : names) {
            if (!StressInputs.names().contains(name)) {
                spec.commandLine().getErr().println("recon: error: no stress case '" + name + "' (expected one of "
                        + String.join(", ", StressInputs.names()) + ")");
                return ExitCode.USAGE;
            }
        }
        Reconciler recon = Reconciler.builder().build();
        out.println(String.format(Locale.ROOT, "%-18s %8s %12s %10s %12s %12s %9s %9s %8s", "case", "sources", "chars",
                "seconds", "peak heap MB", "live heap MB", "claims", "findings", "notices"));
        for (String name : names) {
            StressInputs.Case c = inputs.make(name);
            long chars = c.sources().stream().mapToLong(Source::chars).sum();
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long t0 = System.nanoTime();
            String result;
            double seconds;
            long live;
            try (LiveHeapMeter meter = new LiveHeapMeter()) {
                try {
                    Report r = recon.reconcile(c.sources());
                    seconds = (System.nanoTime() - t0) / 1e9;
                    meter.sampleNow();
                    result = String.format(Locale.ROOT, "%9d %9d %8d", r.claims().size(), r.findings().size(), r.notices().size());
                } catch (OutOfMemoryError e) {
                    seconds = (System.nanoTime() - t0) / 1e9;
                    result = "out of memory";
                }
                // what the run itself kept: the models and the inputs were alive before it started
                live = Math.max(0, meter.peakBytes() - baseline);
            }
            // the pools peak at different moments, so their sum bounds the heap's peak from above; so does
            // the heap's maximum, which a run that finished never exceeded
            long peak = Math.min(heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum(), Runtime.getRuntime().maxMemory());
            out.println(String.format(Locale.ROOT, "%-18s %8d %12d %10.1f %12d %12d %s", name, c.sources().size(), chars,
                    seconds, peak / (1024 * 1024), live / (1024 * 1024), result));
            out.flush();
        }
        return ExitCode.OK;
    }
}
