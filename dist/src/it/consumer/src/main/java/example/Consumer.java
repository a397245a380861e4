package example;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.report.JsonReportWriter;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reconciles two texts that disagree on a year and fails unless recon reports it. */
public final class Consumer {

    public static void main(String[] args) throws Exception {
        Reconciler recon = Reconciler.builder().build();
        Report report = recon.reconcile(List.of(
                Source.of("article", SourceKind.ENCYCLOPEDIA,
                        "The Berlin Wall fell on 9 November 1989. East Germany and West Germany were reunified in 1990."),
                Source.of("summary", SourceKind.OVERVIEW,
                        "The Berlin Wall fell on 9 November 1989. Germany was reunified in 1991.")));
        List<Finding> findings = report.findingsAtLeast(Severity.MINOR);
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            new JsonReportWriter().write(report, out);
        }
        String json = Files.readString(Path.of(args[0]));
        if (!json.contains("\"date-mismatch\"")) {
            System.err.println("consumer: the JSON report names no date mismatch");
            System.exit(1);
        }
        if (findings.stream().noneMatch(f -> f.kind() == FindingKind.DATE_MISMATCH)) {
            System.err.println("consumer: expected a date mismatch (1990 against 1991), got " + findings);
            System.exit(1);
        }
        System.out.println("consumer: " + findings.size() + " findings, the date mismatch among them");
    }
}
