package dev.recon.cli;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.nlp.LanguageModels;
import dev.recon.source.InputException;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import java.io.PrintWriter;
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
        description = {"Time recon compare on the given sources: model loading, the first (cold) run, and warm runs."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:input error", "4:internal error"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", description = "Warm runs to average (default: 10).")
    int rounds = 10;

    @Option(names = "--warmup", paramLabel = "N", description = "Runs before timing (default: 3).")
    int warmup = 3;

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
        long t0 = System.nanoTime();
        LanguageModels models = LanguageModels.english();
        Reconciler recon = Reconciler.builder().models(models).build();
        long loaded = System.nanoTime();
        Report first = recon.reconcile(sources);
        long cold = System.nanoTime();
        for (int i = 0; i < warmup; i++) {
            recon.reconcile(sources);
        }
        int n = Math.max(1, rounds);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            recon.reconcile(sources);
        }
        double warmMs = (System.nanoTime() - start) / 1e6 / n;
        long chars = sources.stream().mapToLong(Source::chars).sum();
        out.println(String.format(Locale.ROOT,
                "recon bench: %d sources, %d chars, %d claims, %d findings | load %.0f ms | cold run %.0f ms | "
                        + "warm run %.1f ms (%d rounds) | %.0f chars/s warm",
                sources.size(), chars, first.claims().size(), first.findings().size(), (loaded - t0) / 1e6,
                (cold - loaded) / 1e6, warmMs, n, chars / (warmMs / 1000)));
        out.flush();
        return ExitCode.OK;
    }
}
