package dev.recon.report;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.source.InputException;
import dev.recon.source.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled seed corpus and the shared scorer, located from the repository root. */
final class SeedCorpus {

    static final Path ROOT = Path.of(System.getProperty("recon.root", "..")).toAbsolutePath().normalize();
    static final Path CORPUS = ROOT.resolve("corpus/north-korea-vietnam");
    static final Path GOLD = CORPUS.resolve("north-korea-vietnam.gold.json");
    static final Path SCORER = ROOT.resolve("../shared/tools/score_report.py").normalize();
    private static Report report;
    private static Reconciler reconciler;

    private SeedCorpus() {
    }

    static synchronized Report report() throws InputException {
        if (report == null) {
            report = reconciler().reconcile(new SourceLoader().load(List.of(CORPUS.toString()), 2));
        }
        return report;
    }

    /** One reconciler for the tests of this module: loading the models is the slow part. */
    static synchronized Reconciler reconciler() {
        if (reconciler == null) {
            reconciler = Reconciler.builder().build();
        }
        return reconciler;
    }

    static void requireScorer() {
        if (!Files.isRegularFile(SCORER)) {
            throw new IllegalStateException("the scorer is missing: " + SCORER
                    + " (../shared must sit beside the repository root)");
        }
    }
}
