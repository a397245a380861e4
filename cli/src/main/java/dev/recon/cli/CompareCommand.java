package dev.recon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.ProgressListener;
import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.finding.Finding;
import dev.recon.kb.KnowledgeBase;
import dev.recon.kb.KnowledgeBaseException;
import dev.recon.report.ReportFormat;
import dev.recon.source.InputException;
import dev.recon.source.InputProblem;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import dev.recon.triage.TriagedReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
                        + "may name each file's kind (encyclopedia, mirror, news, overview, other).",
                "Defaults come from the nearest recon.json in the working directory or above it (or --config); "
                        + "options given here win."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success: no finding at or above --fail-on that is not baselined or suppressed",
                "1:findings at or above --fail-on that are not baselined or suppressed",
                "2:usage error, including an invalid recon.json",
                "3:input error (missing, empty, binary or non-UTF-8 file; fewer than two sources; invalid --kb or --baseline file)",
                "4:internal error"})
public final class CompareCommand implements Callable<Integer> {

    /** Runs longer than this many characters in all, or with more sources, show progress on a terminal. */
    private static final long LARGE_CHARS = 300_000;
    private static final int MANY_SOURCES = 8;

    @Spec
    CommandSpec spec;

    /** Whether stderr is a terminal a person watches; tests replace it. */
    java.util.function.BooleanSupplier terminal = () -> System.console() != null;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Report format: md (default), json, html, sarif or github.")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--kb", paramLabel = "FILE", description = "Add the entities in FILE to the knowledge base (docs/knowledge-base.md); repeatable.")
    List<Path> kbFiles = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOnConverter.class,
            description = "Exit with 1 when findings at or above info, minor or major remain that are not baselined or suppressed; never (default) always exits 0.")
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "REPORT.json", description = "An earlier JSON report: its findings are marked baselined and do not fail the run.")
    Path baseline;

    @Option(names = "--config", paramLabel = "FILE", description = "Read defaults from FILE instead of the nearest recon.json.")
    Path config;

    @Option(names = "--no-config", description = "Read no recon.json.")
    boolean noConfig;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the report and errors.")
    Boolean quiet;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "Sources to reconcile: files, or directories of .txt and .md files.")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReconConfig cfg;
        try {
            cfg = config();
        } catch (ConfigException e) {
            err.println("recon: error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ReportFormat fmt = format != null ? format : cfg.format() != null ? cfg.format() : ReportFormat.MARKDOWN;
        FailOn fail = failOn != null ? failOn : cfg.failOn() != null ? cfg.failOn() : FailOn.NEVER;
        Path out = output != null ? output : cfg.output();
        Path base = baseline != null ? baseline : cfg.baseline();
        boolean silent = quiet != null ? quiet : Boolean.TRUE.equals(cfg.quiet());

        List<Source> sources;
        KnowledgeBase kb;
        Set<String> baselineIds = null;
        try {
            sources = new SourceLoader().load(inputs, 2);
            kb = knowledgeBase(cfg);
            if (base != null) {
                baselineIds = baselineIds(base);
            }
        } catch (InputException | KnowledgeBaseException e) {
            err.println("recon: error: " + e.getMessage());
            return ExitCode.INPUT;
        }
        Reconciler.Builder builder = Reconciler.builder().knowledgeBase(kb);
        if (cfg.alignmentThreshold() != null) {
            builder.alignmentThreshold(cfg.alignmentThreshold());
        }
        Report report = builder.build().reconcile(sources, progress(sources, silent, err, terminal.getAsBoolean()));
        TriagedReport triaged = TriagedReport.triage(report, base == null ? null : base.toString(), baselineIds,
                cfg.suppressions());
        try {
            if (out == null) {
                StringWriter buf = new StringWriter();
                fmt.writer().write(triaged, buf);
                spec.commandLine().getOut().print(buf);
                spec.commandLine().getOut().flush();
            } else {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
                    fmt.writer().write(triaged, w);
                }
            }
        } catch (IOException e) {
            err.println("recon: error: " + out + ": cannot write the report (" + e.getClass().getSimpleName() + ")");
            return ExitCode.INPUT;
        }
        if (!silent && base != null) {
            err.println(String.format(Locale.ROOT, "recon: %d findings baselined; %d baselined findings are gone%s",
                    triaged.baselinedCount(), triaged.gone().size(),
                    triaged.gone().isEmpty() ? "" : ": " + String.join(", ", triaged.gone())));
        }
        List<Finding> failing = fail.severity().map(triaged::counting).orElse(List.of());
        if (!failing.isEmpty()) {
            if (!silent) {
                err.println(String.format(Locale.ROOT, "recon: %d findings at or above %s (not baselined or suppressed)",
                        failing.size(), fail.id()));
            }
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }

    private ReconConfig config() throws ConfigException {
        if (noConfig) {
            return ReconConfig.empty();
        }
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new ConfigException(config + ": no such file");
            }
            return ReconConfig.read(config);
        }
        java.util.Optional<Path> nearest = ReconConfig.find(Path.of(""));
        return nearest.isPresent() ? ReconConfig.read(nearest.get()) : ReconConfig.empty();
    }

    /** Progress on stderr, only for long runs and only when stderr is a terminal a person watches. */
    private static ProgressListener progress(List<Source> sources, boolean silent, PrintWriter err, boolean terminal) {
        long chars = sources.stream().mapToLong(Source::chars).sum();
        boolean large = chars > LARGE_CHARS || sources.size() > MANY_SOURCES;
        if (silent || !large || !terminal) {
            return ProgressListener.NONE;
        }
        return (stage, done, total) -> {
            err.print(String.format(Locale.ROOT, "\rrecon: %s %d/%d   ", stage, done + 1, total));
            if (stage.equals("checking") && done + 1 == total) {
                err.print("\r" + " ".repeat(40) + "\r");
            }
            err.flush();
        };
    }

    private KnowledgeBase knowledgeBase(ReconConfig cfg) throws InputException, KnowledgeBaseException {
        KnowledgeBase kb = KnowledgeBase.embedded();
        List<Path> files = new ArrayList<>(cfg.kb());
        files.addAll(kbFiles);
        for (Path p : files) {
            String shown = p.toString();
            if (!Files.isRegularFile(p)) {
                throw new InputException(shown, InputProblem.MISSING);
            }
            try (InputStream in = Files.newInputStream(p)) {
                kb = kb.with(KnowledgeBase.readAdditions(in, shown, kb));
            } catch (IOException e) {
                throw new InputException(shown, InputProblem.UNREADABLE, e.getClass().getSimpleName());
            }
        }
        if (cfg.entities() != null) {
            byte[] doc = cfg.entities().toString().getBytes(StandardCharsets.UTF_8);
            try (InputStream in = new ByteArrayInputStream(doc)) {
                kb = kb.with(KnowledgeBase.readAdditions(in, cfg.origin() + ": 'entities'", kb));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return kb;
    }

    /** The finding ids of an earlier JSON report. */
    static Set<String> baselineIds(Path file) throws InputException {
        String shown = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(shown, InputProblem.MISSING);
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (root == null || !root.path("findings").isArray() || root.path("schemaVersion").asInt() != 1) {
                throw new InputException(shown, InputProblem.BAD_BASELINE);
            }
            Set<String> ids = new HashSet<>();
            root.get("findings").forEach(f -> ids.add(f.path("id").asText()));
            return ids;
        } catch (IOException e) {
            throw new InputException(shown, InputProblem.BAD_BASELINE);
        }
    }

    /** Accepts {@code json}, {@code md}, {@code html}, {@code sarif} and {@code github}. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value);
        }
    }

    /** Accepts {@code info}, {@code minor}, {@code major} and {@code never}. */
    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return FailOn.parse(value);
        }
    }
}
