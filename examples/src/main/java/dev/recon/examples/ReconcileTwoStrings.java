package dev.recon.examples;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.report.JsonReportWriter;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * Embedding recon in a few lines: build a reconciler once (it loads the models and the knowledge base),
 * reconcile two strings, read the findings, render the JSON contract.
 */
public final class ReconcileTwoStrings {

    private ReconcileTwoStrings() {
    }

    /** Reconciles two short texts and returns the findings at minor severity or above. */
    public static List<Finding> run(Reconciler recon, String article, String summary) {
        Report report = recon.reconcile(List.of(
                Source.of("article", SourceKind.ENCYCLOPEDIA, article),
                Source.of("summary", SourceKind.OVERVIEW, summary)));
        return report.findingsAtLeast(Severity.MINOR);
    }

    public static void main(String[] args) throws IOException {
        Reconciler recon = Reconciler.builder().build();      // once; thread-safe; share it
        String article = "The Berlin Wall fell on 9 November 1989. East Germany and West Germany were reunified in 1990.";
        String summary = "The Berlin Wall fell on 9 November 1989. Germany was reunified in 1991.";
        for (Finding f : run(recon, article, summary)) {
            System.out.println(f.severity().id() + " " + f.kind().id() + ": " + f.message());
        }
        StringWriter json = new StringWriter();
        new JsonReportWriter().write(recon.reconcile(List.of(Source.of("a", SourceKind.OTHER, article),
                Source.of("b", SourceKind.OTHER, summary))), json);
        System.out.println(json.toString().length() + " characters of JSON report");
    }
}
