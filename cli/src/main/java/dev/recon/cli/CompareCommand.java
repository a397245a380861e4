package dev.recon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.ProgressListener;
import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.Comparison;
import dev.recon.finding.Finding;
import dev.recon.finding.Severity;
import dev.recon.kb.KnowledgeBase;
import dev.recon.kb.KnowledgeBaseException;
import dev.recon.report.GithubAnnotationsWriter;
import dev.recon.report.OutputOptions;
import dev.recon.report.ReportFormat;
import dev.recon.report.ReportWriter;
import dev.recon.report.SarifReportWriter;
import dev.recon.report.SarifUris;
import dev.recon.source.InputException;
import dev.recon.source.InputProblem;
import dev.recon.internal.source.IoErrors;
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
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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
                "2:usage error, including an invalid recon.json and an --output that cannot be written",
                "3:input error (missing, unreadable, empty, binary or non-UTF-8 file; the same file twice; a source not in English; fewer than two sources; invalid --kb or --baseline file)",
                "4:internal error"})
public final class CompareCommand implements Callable<Integer> {

    /** Runs longer than this many characters in all, or with more sources, show progress on a terminal. */
    private static final long LARGE_CHARS = 300_000;
    private static final int MANY_SOURCES = 8;

    @Spec
    CommandSpec spec;

    /** The environment variable naming the file a GitHub Actions step appends its Markdown summary to. */
    static final String STEP_SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY";
    /** The environment variable that, set and not empty, turns colour off (https://no-color.org). */
    static final String NO_COLOR_VARIABLE = "NO_COLOR";

    /** Whether stderr is a terminal a person watches; tests replace it. */
    java.util.function.BooleanSupplier terminal = Terminal::attached;
    /** Whether standard output is a terminal; tests replace it. */
    java.util.function.BooleanSupplier stdoutTerminal = Terminal::attached;
    /** The environment; tests replace it. */
    java.util.function.UnaryOperator<String> environment = System::getenv;
    /** Where the argument {@code -} is read from; tests replace it. */
    java.util.function.Supplier<InputStream> standardInput = () -> System.in;
    /** A builder already loading, started before the command line was parsed ({@link Main#main}), or null. */
    Reconciler.Builder preloaded;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Report format: text (default; one line per finding, for a terminal), md (for a pull-request comment), "
                    + "json, html, sarif or github.")
    ReportFormat format;

    @Option(names = "--min-severity", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "List only findings at or above info (default), minor or major in text, md and github output; "
                    + "json, sarif and html always hold every finding, and --fail-on counts them all.")
    Severity minSeverity;

    @Option(names = "--max-findings", paramLabel = "N",
            description = "List at most N findings, the most severe first, and say how many more there are (text, md, github).")
    Integer maxFindings;

    @Option(names = "--color", paramLabel = "WHEN", converter = ColorConverter.class,
            description = "Colour the text report: auto (default: when standard output is a terminal and NO_COLOR is unset or empty), "
                    + "always or never.")
    ColorMode color;

    @Option(names = {"-r", "--recursive"}, description = "Read the folders inside a directory too (hidden ones and links excepted).")
    Boolean recursive;

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

    @Option(names = "--reference", paramLabel = "FILE",
            description = "Check every other source against FILE alone, one of the sources given; findings between two other sources are not reported.")
    Path reference;

    @Option(names = "--group-by-folder", description = "Reconcile the files of each folder separately, one group per folder, in one report.")
    Boolean groupByFolder;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "SARIF locations and GitHub annotations name files relative to DIR (default: the git top level of the working directory, or the working directory outside a repository).")
    Path baseDir;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the report and errors.")
    Boolean quiet;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "Sources to reconcile: files, directories of .txt and .md files, "
            + "glob patterns (quoted, such as 'articles/**/*.md'), or - for standard input.")
    List<String> inputs;

    @Override
    public Integer call() {
        // the models and WordNet load while the configuration, the knowledge base and the sources are read
        Reconciler.Builder builder = preloaded != null ? preloaded : Reconciler.builder().loadInBackground();
        PrintWriter err = spec.commandLine().getErr();
        ReconConfig cfg;
        try {
            cfg = config();
        } catch (ConfigException e) {
            err.println("recon: error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ReportFormat fmt = format != null ? format : cfg.format() != null ? cfg.format() : ReportFormat.TEXT;
        Integer cap = maxFindings != null ? maxFindings : cfg.maxFindings();
        if (cap != null && cap < 0) {
            err.println("recon: error: --max-findings: must be 0 or more, got " + cap);
            return ExitCode.USAGE;
        }
        Severity least = minSeverity != null ? minSeverity : cfg.minSeverity() != null ? cfg.minSeverity() : Severity.INFO;
        ColorMode colorMode = color != null ? color : cfg.color() != null ? cfg.color() : ColorMode.AUTO;
        boolean walk = recursive != null ? recursive : Boolean.TRUE.equals(cfg.recursive());
        FailOn fail = failOn != null ? failOn : cfg.failOn() != null ? cfg.failOn() : FailOn.NEVER;
        Path out = output != null ? output : cfg.output();
        Path base = baseline != null ? baseline : cfg.baseline();
        boolean silent = quiet != null ? quiet : Boolean.TRUE.equals(cfg.quiet());
        boolean outputFromConfig = output == null && cfg.output() != null;
        String stepSummary = environment.apply(STEP_SUMMARY_VARIABLE);
        Path summary = null;
        if (fmt == ReportFormat.GITHUB && stepSummary != null && !stepSummary.isBlank()) {
            String problem;
            try {
                summary = Path.of(stepSummary);
                problem = unwritable(summary);
            } catch (java.nio.file.InvalidPathException e) {
                problem = "not a valid path: " + e.getReason();
            }
            if (problem != null) {
                err.println("recon: error: " + stepSummary + " (" + STEP_SUMMARY_VARIABLE + "): cannot write the step summary: " + problem);
                return ExitCode.USAGE;
            }
        }
        if (out != null) {
            // checked now, not after a long analysis that would then be lost
            String problem = unwritable(out);
            if (problem != null) {
                err.println("recon: error: " + out + (outputFromConfig ? " ('output' in " + cfg.origin() + ")" : "")
                        + ": cannot write the report: " + problem);
                return ExitCode.USAGE;
            }
        }

        // SARIF locations and GitHub annotations name files from the repository root
        Path sarifBase = null;
        if (fmt == ReportFormat.SARIF || fmt == ReportFormat.GITHUB) {
            Path root = baseDir != null ? baseDir : cfg.baseDir();
            if (root != null && !Files.isDirectory(root)) {
                err.println("recon: error: " + (baseDir != null ? "--base-dir " + baseDir
                        : root + " ('baseDir' in " + cfg.origin() + ")") + ": not a folder");
                return ExitCode.USAGE;
            }
            sarifBase = root != null ? root : SarifUris.defaultBaseDir(Path.of(""));
        }

        List<Source> sources;
        KnowledgeBase kb;
        Set<String> baselineIds = null;
        List<SourceLoader.Skipped> skipped = new ArrayList<>();
        try {
            sources = new SourceLoader().recursive(walk).standardInput(standardInput).load(inputs, 2, skipped::add);
            kb = knowledgeBase(cfg);
            if (base != null) {
                baselineIds = baselineIds(base);
            }
        } catch (InputException | KnowledgeBaseException e) {
            err.println("recon: error: " + e.getMessage());
            return ExitCode.INPUT;
        } catch (ConfigException e) {
            err.println("recon: error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Path ref = reference != null ? reference : cfg.reference();
        String refShown = reference != null ? "--reference " + reference
                : ref == null ? null : "'reference' in " + cfg.origin();
        boolean grouped = groupByFolder != null ? groupByFolder : Boolean.TRUE.equals(cfg.groupByFolder());
        if (grouped && ref != null) {
            // one reference cannot serve every folder; each group is compared within itself
            err.println("recon: error: " + refShown + ": cannot be combined with grouping by folder");
            return ExitCode.USAGE;
        }
        Comparison comparison = Comparison.allPairs();
        if (ref != null) {
            java.util.Optional<Source> r = sourceAt(sources, ref);
            if (r.isEmpty()) {
                err.println("recon: error: " + refShown + ": not one of the sources compared; give it among FILE_OR_DIR too");
                return ExitCode.USAGE;
            }
            comparison = Comparison.against(r.get().id());
        }
        Map<String, List<Source>> groups;
        try {
            groups = grouped ? FolderGroups.of(sources) : null;
        } catch (InputException e) {
            err.println("recon: error: " + e.getMessage());
            return ExitCode.INPUT;
        }
        if (!silent) {
            // after every check of the input, so that an error stays the one line printed
            say(err, sources, skipped);
        }
        builder.knowledgeBase(kb);
        if (cfg.alignmentThreshold() != null) {
            builder.alignmentThreshold(cfg.alignmentThreshold());
        }
        Reconciler reconciler = builder.build();
        Report report;
        if (groups == null) {
            report = reconcile(reconciler, sources, comparison, silent, err);
        } else {
            Map<String, Report> byGroup = new LinkedHashMap<>();
            for (Map.Entry<String, List<Source>> g : groups.entrySet()) {
                byGroup.put(g.getKey(), reconcile(reconciler, g.getValue(), comparison, silent, err));
            }
            report = Report.grouped(byGroup);
        }
        TriagedReport triaged = TriagedReport.triage(report, base == null ? null : base.toString(), baselineIds,
                cfg.suppressions());
        // decided before writing, because the SARIF report records it
        List<Finding> failing = fail.severity().map(triaged::counting).orElse(List.of());
        int exit = failing.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        OutputOptions options = OutputOptions.defaults()
                .withMinSeverity(least)
                .withMaxFindings(cap == null ? OutputOptions.UNLIMITED : cap)
                .withColour(colorMode.colour(out == null && stdoutTerminal.getAsBoolean(), environment.apply(NO_COLOR_VARIABLE)));
        if (summary != null) {
            options = options.withFullReport("the job summary has the full report");
        }
        ReportWriter writer = switch (fmt) {
            case SARIF -> new SarifReportWriter(sarifBase, OptionalInt.of(exit));
            case GITHUB -> new GithubAnnotationsWriter(options, sarifBase);
            default -> fmt.writer(options);
        };
        try {
            if (out == null) {
                StringWriter buf = new StringWriter();
                writer.write(triaged, buf);
                spec.commandLine().getOut().print(buf);
                spec.commandLine().getOut().flush();
            } else {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
                    writer.write(triaged, w);
                }
            }
        } catch (IOException e) {
            err.println("recon: error: " + out + ": cannot write the report: " + IoErrors.describe(e));
            return ExitCode.USAGE;
        }
        if (summary != null) {
            // GitHub gives each step its own file, and other tools of the step may have written to it: append
            try (Writer w = Files.newBufferedWriter(summary, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                new GithubAnnotationsWriter(options).writeStepSummary(triaged, w);
            } catch (IOException e) {
                err.println("recon: error: " + summary + " (" + STEP_SUMMARY_VARIABLE + "): cannot write the step summary: "
                        + IoErrors.describe(e));
                return ExitCode.USAGE;
            }
        }
        if (!silent && outputFromConfig) {
            // the user did not ask for this file on the command line, so say where the report went
            err.println("recon: report written to " + out + " ('output' in " + cfg.origin() + ")");
        }
        if (!silent && base != null) {
            err.println(String.format(Locale.ROOT, "recon: %d findings baselined; %d baselined findings are gone%s",
                    triaged.baselinedCount(), triaged.gone().size(),
                    triaged.gone().isEmpty() ? "" : ": " + String.join(", ", triaged.gone())));
        }
        if (!silent && sarifBase != null) {
            for (String p : SarifReportWriter.outsideBaseDir(report, sarifBase)) {
                err.println("recon: notice: " + p + " lies outside the base directory " + sarifBase.toAbsolutePath().normalize()
                        + (fmt == ReportFormat.SARIF
                        ? ": its SARIF locations are absolute file: URIs, which GitHub code scanning does not map (see --base-dir)"
                        : ": its annotations name it by its absolute path, which GitHub does not map to the repository (see --base-dir)"));
            }
        }
        if (!failing.isEmpty()) {
            if (!silent) {
                err.println(String.format(Locale.ROOT, "recon: %d findings at or above %s (not baselined or suppressed)",
                        failing.size(), fail.id()));
            }
        }
        return exit;
    }

    /**
     * Says on stderr which files were read when recon chose them (from a directory, a pattern or the
     * standard input), and which files and folders it passed over, and why.
     */
    private void say(PrintWriter err, List<Source> sources, List<SourceLoader.Skipped> skipped) {
        List<String> paths = sources.stream().map(Source::path).toList();
        if (!paths.equals(inputs)) {
            err.println(String.format(Locale.ROOT, "recon: read %d files: %s", paths.size(), String.join(", ",
                    paths.stream().map(p -> p.equals(SourceLoader.STANDARD_INPUT) ? SourceLoader.STANDARD_INPUT_NAME : p).toList())));
        }
        for (SourceLoader.Skipped s : skipped) {
            err.println("recon: skipped " + s.path() + ": " + s.reason());
        }
    }

    /** The source read from the file at {@code file}, however its path was spelt. */
    private static java.util.Optional<Source> sourceAt(List<Source> sources, Path file) {
        Path wanted;
        try {
            wanted = file.toRealPath();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        for (Source s : sources) {
            try {
                if (Path.of(s.path()).toRealPath().equals(wanted)) {
                    return java.util.Optional.of(s);
                }
            } catch (IOException e) {
                // a source that can no longer be resolved is not the reference
            }
        }
        return java.util.Optional.empty();
    }

    /** Why the report cannot be written to {@code out}, or null when it can (as far as can be told before). */
    static String unwritable(Path out) {
        if (Files.isDirectory(out)) {
            return "it is a directory";
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.exists(parent)) {
            return "its folder " + parent + " does not exist";
        }
        if (!Files.isDirectory(parent)) {
            return parent + " is not a folder";
        }
        if (Files.exists(out) ? !Files.isWritable(out) : !Files.isWritable(parent)) {
            return "permission denied";
        }
        return null;
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

    /**
     * Reconciles {@code sources}, showing progress on stderr only for long runs and only when stderr is a
     * terminal a person watches; the progress line is gone when the report is printed.
     */
    private Report reconcile(Reconciler reconciler, List<Source> sources, Comparison comparison, boolean silent,
                             PrintWriter err) {
        boolean onTerminal = terminal.getAsBoolean();
        long chars = sources.stream().mapToLong(Source::chars).sum();
        boolean large = chars > LARGE_CHARS || sources.size() > MANY_SOURCES;
        if (silent || !large || !onTerminal) {
            return reconciler.reconcile(sources, comparison, ProgressListener.NONE);
        }
        TerminalProgress progress = new TerminalProgress(err);
        try {
            return reconciler.reconcile(sources, comparison, progress);
        } finally {
            progress.clear();
        }
    }

    /** Progress on one terminal line: each update overwrites the whole of the last, and {@link #clear()} blanks it. */
    static final class TerminalProgress implements ProgressListener {
        private final PrintWriter err;
        private int shown;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(String stage, int done, int total) {
            String line = stage.startsWith("reading ")
                    ? String.format(Locale.ROOT, "recon: %s %d%%", stage, done)
                    : String.format(Locale.ROOT, "recon: %s %d/%d", stage, done, total);
            err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
            shown = line.length();
            err.flush();
        }

        synchronized void clear() {
            if (shown > 0) {
                err.print("\r" + " ".repeat(shown) + "\r");
                err.flush();
                shown = 0;
            }
        }
    }

    private KnowledgeBase knowledgeBase(ReconConfig cfg) throws InputException, KnowledgeBaseException, ConfigException {
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
                throw new InputException(shown, InputProblem.UNREADABLE, IoErrors.describe(e));
            }
        }
        if (cfg.entities() != null) {
            byte[] doc = cfg.entities().toString().getBytes(StandardCharsets.UTF_8);
            try (InputStream in = new ByteArrayInputStream(doc)) {
                kb = kb.with(KnowledgeBase.readAdditions(in, cfg.origin() + ": 'entities'", kb));
            } catch (KnowledgeBaseException e) {
                // entities written into recon.json are configuration: README gives every bad key exit 2
                throw new ConfigException(e.getMessage());
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
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                // picocli prints a TypeConversionException's message as it is; any other names its class
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts {@code info}, {@code minor} and {@code major}. */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts {@code auto}, {@code always} and {@code never}. */
    static final class ColorConverter implements ITypeConverter<ColorMode> {
        @Override
        public ColorMode convert(String value) {
            try {
                return ColorMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts {@code info}, {@code minor}, {@code major} and {@code never}. */
    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
