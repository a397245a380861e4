package dev.recon.cli;

import dev.recon.internal.source.IoErrors;
import dev.recon.internal.time.TimexTagger;
import dev.recon.cli.eval.TimeMlDocument;
import dev.recon.cli.eval.TimexEvaluation;
import dev.recon.cli.eval.TimexScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recon evaluate-timex}: scores the temporal tagger on a folder of TimeML gold files as the
 * TempEval-3 toolkit scores Task A, and measures its warm throughput.
 */
@Command(name = "evaluate-timex", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Score the temporal tagger against TimeML gold files (TempEval-3 Task A) and print one summary line.",
                "Each document's <TEXT> is stripped of markup and tagged with its <DCT>; the DCT itself is not scored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:input error", "4:internal error"})
public final class EvaluateTimexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Print every missed, spurious and mismatched timex first.")
    boolean verbose;

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds over the whole set for the throughput figure (default: 20).")
    int rounds = 20;

    @Parameters(paramLabel = "DIR", description = "Folder of .tml gold files, such as ../shared/benchmarks/tempeval3-platinum.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<TimeMlDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                docs.add(TimeMlDocument.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString()));
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("recon: error: " + dir + ": cannot be read (" + IoErrors.describe(e) + ")");
            return ExitCode.INPUT;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("recon: error: " + e.getMessage());
            return ExitCode.INPUT;
        }
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("recon: error: " + dir + ": no .tml files");
            return ExitCode.INPUT;
        }
        TimexTagger tagger = new TimexTagger();
        TimexEvaluation eval = new TimexEvaluation(tagger);
        TimexScores total = new TimexScores(0, 0, 0, 0, 0, 0);
        for (TimeMlDocument d : docs) {
            TimexEvaluation.DocumentResult r = eval.evaluate(d);
            total = total.plus(r.scores());
            if (verbose) {
                r.errors().forEach(e -> out.println(d.id() + "\t" + e));
            }
        }
        out.println(total.summary() + String.format(Locale.ROOT, " | %d docs | %.0f chars/s warm",
                docs.size(), throughput(tagger, docs)));
        out.flush();
        return ExitCode.OK;
    }

    /** Characters tagged per second once the JIT has warmed up. */
    private double throughput(TimexTagger tagger, List<TimeMlDocument> docs) {
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        for (int i = 0; i < 5; i++) {
            docs.forEach(d -> tagger.tag(d.text(), d.dct()));
        }
        long start = System.nanoTime();
        int n = Math.max(1, rounds);
        for (int i = 0; i < n; i++) {
            docs.forEach(d -> tagger.tag(d.text(), d.dct()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return chars * n / seconds;
    }
}
