package dev.recon.cli;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.nlp.LanguageModels;
import dev.recon.source.InputException;
import dev.recon.internal.source.IoErrors;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
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

    @Option(names = "--forks", paramLabel = "N", description = {"Time each thread count in N fresh JVMs of its own, "
            + "alternating, as JMH forks, and report the medians (default: 0, all in this JVM). A JVM that has "
            + "compiled recon for one thread count is not one that compiled it for another."})
    int forks;

    /** In a forked JVM: time only this many threads and print one {@link #FORK_RESULT} line. */
    @Option(names = "--fork-child-threads", hidden = true)
    int forkChildThreads;

    /** The line a forked JVM prints its median with, so that the parent finds it among other output. */
    static final String FORK_RESULT = "recon-bench-fork-ms ";

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
        if (threads < 1 || rounds < 1 || warmup < 0 || sourceCount == 1 || sourceCount < 0 || forks < 0) {
            spec.commandLine().getErr().println("recon: error: --threads and --rounds must be at least 1, --warmup and --forks at least 0, "
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
        if (forkChildThreads > 0) {
            return forkChild(input, out);
        }
        if (forks > 0) {
            return forked(input, out);
        }
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
        dev.recon.internal.nlp.BareOpenNlp bare = new dev.recon.internal.nlp.BareOpenNlp(models);
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

    /** One configuration, timed alone in this JVM: what a fork does. */
    private int forkChild(List<Source> input, PrintWriter out) {
        Reconciler recon = Reconciler.builder().threads(forkChildThreads).build();
        new Warmup(warmup, maxWarmupSeconds).run(() -> recon.reconcile(input));
        out.println(FORK_RESULT + String.format(Locale.ROOT, "%.3f", Warmup.millisPerRound(rounds, () -> recon.reconcile(input))));
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Times {@code threads} threads and one thread, each in fresh JVMs, alternating the two so that a
     * change in the machine's load falls on both alike, and reports the medians over the forks.
     */
    private int forked(List<Source> input, PrintWriter out) {
        double[] many = new double[forks];
        double[] one = new double[forks];
        double[] ratio = new double[forks];
        try {
            for (int i = 0; i < forks; i++) {
                many[i] = fork(threads);
                one[i] = fork(1);
                ratio[i] = one[i] / many[i];
                out.println(String.format(Locale.ROOT, "fork %d: %d threads %.1f ms | 1 thread %.1f ms | %.2fx",
                        i + 1, threads, many[i], one[i], ratio[i]));
                out.flush();
            }
        } catch (java.io.IOException | IllegalStateException e) {
            spec.commandLine().getErr().println("recon: error: a forked benchmark failed: " + e.getMessage());
            return ExitCode.INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.INTERNAL;
        }
        long chars = input.stream().mapToLong(Source::chars).sum();
        out.println(String.format(Locale.ROOT, "recon bench: %d sources, %d chars, %d forks of %d rounds each | "
                        + "median %d threads %.1f ms | 1 thread %.1f ms | speed-up %.2fx (median of the forks' ratios; "
                        + "range %.2fx-%.2fx)", input.size(), chars, forks, rounds, threads, median(many), median(one),
                median(ratio), Arrays.stream(ratio).min().orElse(0), Arrays.stream(ratio).max().orElse(0)));
        out.flush();
        return ExitCode.OK;
    }

    /** Runs this benchmark in a new JVM, with this JVM's options, timing {@code n} threads alone. */
    private double fork(int n) throws java.io.IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench",
                "--fork-child-threads", Integer.toString(n), "--rounds", Integer.toString(rounds),
                "--warmup", Integer.toString(warmup), "--max-warmup-seconds", Double.toString(maxWarmupSeconds),
                "--source-chars", Integer.toString(sourceChars)));
        if (sourceCount > 0) {
            command.addAll(List.of("--sources", Integer.toString(sourceCount)));
        }
        command.add("--");
        command.addAll(inputs);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (java.io.BufferedReader r = p.inputReader(java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(FORK_RESULT)) {
                    result = line.substring(FORK_RESULT.length()).trim();
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        int rc = p.waitFor();
        if (rc != 0 || result == null) {
            throw new IllegalStateException("the fork for " + n + " threads exited with " + rc + ": " + output.toString().strip());
        }
        return Double.parseDouble(result);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
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
