package dev.recon.cli;

import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.kb.KnowledgeBase;
import dev.recon.kb.KnowledgeBaseException;
import dev.recon.report.ReportFormat;
import dev.recon.source.InputException;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recon compare}: reconcile files and directories and print a report. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reconcile two or more sources and report where they disagree.",
                "A directory means the .txt and .md files in it, in name order; a manifest.json beside them "
                        + "may name each file's kind (encyclopedia, mirror, news, overview, other)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:input error (missing, empty, binary or non-UTF-8 file; "
                + "fewer than two sources; invalid --kb file)", "4:internal error"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Report format: json or md (default: md).")
    ReportFormat format = ReportFormat.MARKDOWN;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--kb", paramLabel = "FILE", description = "Add the entities in FILE to the embedded knowledge base (format: docs/knowledge-base.md).")
    List<Path> kbFiles = List.of();

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "Sources to reconcile: files, or directories of .txt and .md files.")
    List<String> inputs;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        List<Source> sources;
        KnowledgeBase kb;
        try {
            sources = new SourceLoader().load(inputs, 2);
            kb = knowledgeBase();
        } catch (InputException e) {
            err.println("recon: error: " + e.getMessage());
            return ExitCode.INPUT;
        } catch (KnowledgeBaseException e) {
            err.println("recon: error: " + e.getMessage());
            return ExitCode.INPUT;
        }
        Report report = Reconciler.builder().knowledgeBase(kb).build().reconcile(sources);
        try {
            if (output == null) {
                StringWriter buf = new StringWriter();
                format.writer().write(report, buf);
                spec.commandLine().getOut().print(buf);
                spec.commandLine().getOut().flush();
            } else {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                    format.writer().write(report, w);
                }
            }
        } catch (IOException e) {
            err.println("recon: error: " + output + ": cannot write the report (" + e.getClass().getSimpleName() + ")");
            return ExitCode.INPUT;
        }
        return ExitCode.OK;
    }

    private KnowledgeBase knowledgeBase() throws InputException, KnowledgeBaseException {
        KnowledgeBase kb = KnowledgeBase.embedded();
        for (Path p : kbFiles) {
            String shown = p.toString();
            if (!Files.isRegularFile(p)) {
                throw new InputException(shown, dev.recon.source.InputProblem.MISSING);
            }
            try (InputStream in = Files.newInputStream(p)) {
                kb = kb.with(KnowledgeBase.readAdditions(in, shown, kb));
            } catch (IOException e) {
                throw new InputException(shown, dev.recon.source.InputProblem.UNREADABLE, e.getClass().getSimpleName());
            }
        }
        return kb;
    }

    /** Accepts {@code json} and {@code md}. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value);
        }
    }
}
