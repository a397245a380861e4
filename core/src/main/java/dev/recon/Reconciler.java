package dev.recon;

import dev.recon.internal.Loading;
import dev.recon.internal.Threads;
import dev.recon.internal.Work;
import dev.recon.internal.align.Aligner;
import dev.recon.model.Alignment;
import dev.recon.internal.align.AlignmentResult;
import dev.recon.model.AlignmentStatus;
import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Claim;
import dev.recon.internal.claim.ClaimExtractor;
import dev.recon.internal.detect.AlignedDateDetector;
import dev.recon.internal.detect.AnachronismDetector;
import dev.recon.internal.detect.CitationDetector;
import dev.recon.internal.detect.ContradictionDetector;
import dev.recon.internal.detect.DateConflictDetector;
import dev.recon.internal.detect.CheckContext;
import dev.recon.detect.Detector;
import dev.recon.internal.detect.Check;
import dev.recon.internal.detect.PluggedDetector;
import dev.recon.internal.detect.DetectorOrder;
import dev.recon.internal.detect.ElapsedTimeDetector;
import dev.recon.internal.detect.FactConflictDetector;
import dev.recon.internal.detect.HappeningDateDetector;
import dev.recon.internal.detect.IdentityConflictDetector;
import dev.recon.internal.detect.InternalCountDetector;
import dev.recon.internal.detect.NameSpellingDetector;
import dev.recon.internal.detect.OmissionDetector;
import dev.recon.internal.detect.ParallelTextDetector;
import dev.recon.internal.detect.PlaceConflictDetector;
import dev.recon.internal.detect.RosterDetector;
import dev.recon.internal.detect.TimedHappeningDetector;
import dev.recon.internal.detect.UnsupportedClaimDetector;
import dev.recon.internal.fact.ClockFact;
import dev.recon.internal.fact.DayFact;
import dev.recon.internal.fact.FigureFact;
import dev.recon.internal.fact.FigureFactExtractor;
import dev.recon.internal.fact.PlaceFactExtractor;
import dev.recon.internal.fact.WhenFactExtractor;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.internal.kb.EntityLinker;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.layout.LayoutAnalyzer;
import dev.recon.internal.lexicon.Genericity;
import dev.recon.model.SetAside;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.lexicon.StateNouns;
import dev.recon.internal.lexicon.WordNet;
import dev.recon.internal.name.NameMatcher;
import dev.recon.internal.nlp.Annotator;
import dev.recon.nlp.LanguageModels;
import dev.recon.internal.quantity.QuantityExtractor;
import dev.recon.internal.source.KindInference;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.internal.time.TimexTagger;
import dev.recon.internal.timeline.TimelineBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entry point: reads sources, extracts their claims, aligns them and reports where they disagree.
 *
 * <pre>{@code
 * Reconciler recon = Reconciler.builder().build();          // loads models once
 * Report report = recon.reconcile(List.of(
 *         Source.of("a", SourceKind.ENCYCLOPEDIA, textA),
 *         Source.of("b", SourceKind.OVERVIEW, textB)));
 * }</pre>
 *
 * <p><b>Thread-safe</b>: build one and share it. Models and the knowledge base are loaded once, in
 * {@link Builder#build()}; each call to {@link #reconcile(List)} makes its own per-thread NLP tools.
 * It never prints and never exits; bad arguments raise exceptions.
 */
public final class Reconciler {

    /** Default least similarity for two claims to align. */
    public static final double DEFAULT_ALIGNMENT_THRESHOLD = Thresholds.DEFAULT.alignment();

    private final LanguageModels models;
    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final ClaimExtractor extractor;
    private final FigureFactExtractor facts;
    private final Thresholds thresholds;
    private final Genericity genericity;
    private final WhenFactExtractor days;
    private final KindInference kinds = KindInference.english();
    private final Aligner aligner;
    private final List<Check> detectors;
    /** The detectors in waves whose members may run at once. */
    private final List<List<Check>> waves;
    private final String version;
    private final int maxFindingsPerSourceAndKind;
    private final int threads;

    /**
     * Findings of one kind quoting one source first that a report lists by default. Real sources give a
     * few dozen at most; a source that repeats itself or a pile of unrelated files can give thousands,
     * which no reader goes through.
     */
    public static final int DEFAULT_MAX_FINDINGS_PER_SOURCE_AND_KIND = 100;

    private Reconciler(Builder b, Loading started) {
        WordNet wordNet;
        try (Loading loading = started != null ? started : new Loading(b.threads, b.models, b.wordNet)) {
            Work<KnowledgeBase> kbLoading = loading.knowledgeBase(b.kb);
            this.models = b.models != null ? b.models : loading.models();
            wordNet = b.wordNet != null ? b.wordNet : loading.wordNet();
            this.lexicon = Lexicon.english();
            this.kb = kbLoading.await();
        }
        this.genericity = Genericity.of(wordNet, lexicon);
        this.extractor = new ClaimExtractor(LayoutAnalyzer.standard(), new TimexTagger(),
                new EntityLinker(kb, StateNouns.of(wordNet, lexicon)),
                new QuantityExtractor(), lexicon, genericity);
        this.thresholds = b.thresholds;
        this.facts = new FigureFactExtractor(wordNet, kb, lexicon, thresholds.approximation());
        this.days = new WhenFactExtractor(wordNet, lexicon);
        this.aligner = new Aligner(kb, lexicon, thresholds.alignment());
        NameMatcher names = NameMatcher.bundled();
        List<Check> all = new ArrayList<>(List.of(new CitationDetector(), new ParallelTextDetector(names),
                new NameSpellingDetector(names), new FactConflictDetector(), new TimedHappeningDetector(), new RosterDetector(),
                new IdentityConflictDetector(wordNet), new PlaceConflictDetector(PlaceFactExtractor.english(), names),
                new DateConflictDetector(), new HappeningDateDetector(), new AlignedDateDetector(),
                new ElapsedTimeDetector(), new InternalCountDetector(), new AnachronismDetector(),
                new UnsupportedClaimDetector(names, facts), ContradictionDetector.lexical(lexicon), new OmissionDetector()));
        all.addAll(b.extraDetectors);
        // each detector runs after those whose findings it consults, so nothing is reported twice
        this.detectors = DetectorOrder.of(all);
        this.waves = DetectorOrder.waves(detectors);
        this.version = readVersion();
        this.maxFindingsPerSourceAndKind = b.maxFindingsPerSourceAndKind;
        this.threads = b.threads;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The knowledge base in use: the embedded one plus any additions. */
    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /**
     * Reconciles two or more sources.
     *
     * @throws IllegalArgumentException when fewer than two sources are given or two share an id
     */
    public Report reconcile(List<Source> sources) {
        return reconcile(sources, ProgressListener.NONE);
    }

    /**
     * Reconciles two or more sources, telling {@code progress} what it is doing.
     *
     * @throws IllegalArgumentException when fewer than two sources are given or two share an id
     */
    public Report reconcile(List<Source> sources, ProgressListener progress) {
        return reconcile(sources, Comparison.allPairs(), progress);
    }

    /**
     * Reconciles two or more sources, comparing the pairs {@code comparison} names: all of them, or
     * every source against one reference ({@code Comparison.against("article")}).
     *
     * @throws IllegalArgumentException when fewer than two sources are given, two share an id, or the
     *                                  reference is not one of them
     */
    public Report reconcile(List<Source> sources, Comparison comparison) {
        return reconcile(sources, comparison, ProgressListener.NONE);
    }

    /**
     * Reconciles two or more sources as {@link #reconcile(List, Comparison)} does, telling
     * {@code progress} what it is doing.
     */
    public Report reconcile(List<Source> sources, Comparison comparison, ProgressListener progress) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(progress, "progress");
        if (sources.size() < 2) {
            throw new IllegalArgumentException("at least two sources are needed, got " + sources.size());
        }
        Set<String> ids = new HashSet<>();
        for (Source s : sources) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two sources share the id '" + s.id() + "'");
            }
        }
        comparison.checkAgainst(ids);
        // a source nobody described may still show that it is an overview
        sources = sources.stream().map(kinds::infer).toList();
        // one pool serves the reading, the alignment and the detectors; a single thread does all on the caller's
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, Threads.daemon("recon-worker")) : null;
        List<Read> reads;
        AlignmentResult alignment;
        Findings findings = new Findings(sources.stream()
                .collect(java.util.stream.Collectors.toMap(Source::id, Source::text)), comparison);
        try {
            reads = analyze(sources, progress, pool);
            progress.progress("aligning", 0, 1);
            alignment = aligner.align(reads.stream().map(Read::source).toList(), comparison,
                    pool == null ? Runnable::run : pool);
            List<FigureFact> figures = reads.stream().flatMap(r -> r.figures().stream()).toList();
            List<DayFact> dayFacts = reads.stream().flatMap(r -> r.days().stream()).toList();
            List<ClockFact> clockFacts = reads.stream().flatMap(r -> r.clocks().stream()).toList();
            CheckContext ctx = new CheckContext(reads.stream().map(Read::source).toList(), alignment, kb, lexicon,
                    genericity, findings, figures, dayFacts, clockFacts, thresholds, comparison);
            detect(ctx, progress, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        List<AnalyzedSource> analyzed = reads.stream().map(Read::source).toList();
        List<Finding> built = findings.build(sources.stream().map(Source::id).toList());
        List<Claim> claims = analyzed.stream().flatMap(a -> a.claims().stream()).toList();
        List<Alignment> alignments = withStatus(alignment.alignments(), built);
        List<SetAside> setAside = analyzed.stream().flatMap(a -> a.layout().setAside(a.id()).stream()).toList();
        List<Notice> notices = new ArrayList<>();
        analyzed.forEach(a -> notices.addAll(a.notices()));
        if (findings.refused() > 0) {
            // said, not hidden: the other sources disagree among themselves too, which a reader may want to know
            String reference = comparison.reference().orElseThrow();
            int n = findings.refused();
            notices.add(new Notice(reference, String.format(Locale.ROOT,
                    "%,d %s between sources other than the reference, %s, %s not reported.",
                    n, n == 1 ? "finding" : "findings", reference, n == 1 ? "is" : "are")));
        }
        List<Finding> listed = capped(built, notices);
        return new Report(version, sources, claims, alignments, listed,
                new TimelineBuilder().build(sources, alignments, built), setAside, notices, comparison, List.of());
    }

    /**
     * Runs the detectors, a {@linkplain DetectorOrder#waves wave} at a time: with a pool, each detector of
     * a wave works on its own branch of the findings on a thread of the pool, and the branches are merged
     * in the detectors' order, so the findings are those of running them one after another.
     */
    private void detect(CheckContext ctx, ProgressListener progress, ExecutorService pool) {
        int done = 0;
        for (List<Check> wave : waves) {
            progress.progress("checking", done, detectors.size());
            if (pool == null || wave.size() == 1) {
                wave.forEach(d -> d.detect(ctx));
            } else {
                List<Findings> branches = new ArrayList<>();
                List<Work<Void>> running = new ArrayList<>();
                for (Check d : wave) {
                    Findings branch = ctx.findings().branch();
                    branches.add(branch);
                    CheckContext own = ctx.withFindings(branch);
                    running.add(Threads.run(pool, () -> d.detect(own)));
                }
                Threads.awaitAll(running);
                branches.forEach(ctx.findings()::merge);
            }
            done += wave.size();
        }
    }

    /** A source read, with the facts of its claims, which are read on the same thread. */
    private record Read(AnalyzedSource source, List<FigureFact> figures, List<DayFact> days, List<ClockFact> clocks) {
    }

    private Read read(Source s, Annotator annotator, ProgressListener shared) {
        AnalyzedSource a = extractor.analyze(s, annotator, percent -> shared.progress("reading " + s.id(), percent, 100));
        return new Read(a, a.claims().stream().flatMap(c -> facts.extract(c).stream()).toList(),
                a.claims().stream().flatMap(c -> days.days(c).stream()).toList(),
                a.claims().stream().flatMap(c -> days.clocks(c).stream()).toList());
    }

    /**
     * Reads every source's claims, on up to {@link #threads} threads, each with its own annotator. A
     * source is read whole by one thread and the results keep the sources' order, so the report is the
     * same whatever the number of threads.
     */
    private List<Read> analyze(List<Source> sources, ProgressListener progress, ExecutorService pool) {
        int n = Math.min(threads, sources.size());
        ProgressListener shared = new SynchronizedProgress(progress);
        if (n <= 1 || pool == null) {
            Annotator annotator = Annotator.over(models);
            List<Read> analyzed = new ArrayList<>();
            for (Source s : sources) {
                shared.progress("reading", analyzed.size(), sources.size());
                analyzed.add(read(s, annotator, shared));
            }
            return analyzed;
        }
        BlockingQueue<Annotator> annotators = new ArrayBlockingQueue<>(n);
        annotators.addAll(Annotator.sharing(models, n));
        AtomicInteger done = new AtomicInteger();
        List<Work<Read>> futures = new ArrayList<>(java.util.Collections.nCopies(sources.size(), null));
        shared.progress("reading", 0, sources.size());
        // the longest first, so that the threads finish together rather than one reading a long source
        // alone at the end; the results keep the sources' order
        Integer[] longestFirst = new Integer[sources.size()];
        for (int i = 0; i < longestFirst.length; i++) {
            longestFirst[i] = i;
        }
        java.util.Arrays.sort(longestFirst, java.util.Comparator.comparingInt((Integer i) -> sources.get(i).text().length()).reversed()
                .thenComparingInt(i -> i));
        for (int i : longestFirst) {
            Source s = sources.get(i);
            futures.set(i, Threads.start(pool, () -> {
                Annotator annotator = annotators.take();
                try {
                    return read(s, annotator, shared);
                } finally {
                    annotators.add(annotator);
                    shared.progress("reading", done.incrementAndGet(), sources.size());
                }
            }));
        }
        List<Read> analyzed = new ArrayList<>(sources.size());
        for (Work<Read> f : futures) {
            analyzed.add(f.await());
        }
        return analyzed;
    }

    /** Progress from several reader threads, one call at a time, as a listener expects. */
    private record SynchronizedProgress(ProgressListener inner) implements ProgressListener {
        @Override
        public synchronized void progress(String stage, int done, int total) {
            inner.progress(stage, done, total);
        }
    }

    /** An alignment conflicts when a finding sets two of its claims against each other. */
    private static List<Alignment> withStatus(List<Alignment> alignments, List<Finding> findings) {
        Set<FindingKind> conflicts = Set.of(FindingKind.DATE_MISMATCH, FindingKind.NUMBER_MISMATCH,
                FindingKind.ENTITY_MISMATCH, FindingKind.CONTRADICTION, FindingKind.ANACHRONISM);
        // findings by the claims they concern, so each alignment looks only at its members' findings
        Map<String, List<Finding>> byClaim = new HashMap<>();
        for (Finding f : findings) {
            if (conflicts.contains(f.kind())) {
                f.claims().forEach(c -> byClaim.computeIfAbsent(c, k -> new ArrayList<>()).add(f));
            }
        }
        List<Alignment> out = new ArrayList<>();
        for (Alignment a : alignments) {
            Set<String> members = new HashSet<>();
            a.claims().forEach(c -> members.add(c.id()));
            boolean conflict = a.status() != AlignmentStatus.SINGLE && members.stream()
                    .flatMap(c -> byClaim.getOrDefault(c, List.of()).stream())
                    .anyMatch(f -> f.claims().stream().filter(members::contains).count() >= 2);
            out.add(conflict ? new Alignment(a.id(), a.claims(), AlignmentStatus.CONFLICT) : a);
        }
        return out;
    }

    /**
     * Keeps at most {@link #maxFindingsPerSourceAndKind} findings of each kind quoting each source first,
     * the most severe first (findings arrive sorted so), and says in a notice how many more there were.
     */
    private List<Finding> capped(List<Finding> findings, List<Notice> notices) {
        Map<String, Integer> kept = new HashMap<>();
        Map<String, int[]> over = new java.util.TreeMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String key = f.evidence().get(0).source() + "\u0000" + f.kind().id();
            if (kept.merge(key, 1, Integer::sum) <= maxFindingsPerSourceAndKind) {
                out.add(f);
            } else {
                over.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        over.forEach((key, n) -> {
            String[] parts = key.split("\u0000", 2);
            notices.add(new Notice(parts[0], String.format(Locale.ROOT,
                    "%,d more %s findings quoting %s first are not listed (at most %,d per source and kind).",
                    n[0], parts[1], parts[0], maxFindingsPerSourceAndKind)));
        });
        return out;
    }

    private static String readVersion() {
        try (InputStream in = Reconciler.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options for a {@link Reconciler}; every option has a sensible default. */
    public static final class Builder {
        private LanguageModels models;
        private KnowledgeBase kb;
        private WordNet wordNet;
        private final List<Check> extraDetectors = new ArrayList<>();
        private Thresholds thresholds = Thresholds.DEFAULT;
        private int maxFindingsPerSourceAndKind = DEFAULT_MAX_FINDINGS_PER_SOURCE_AND_KIND;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Loading loading;

        private Builder() {
        }

        /**
         * Starts loading the language models and WordNet now, on up to {@link #threads(int)} background
         * threads, so that what the caller does before {@link #build()} (reading its sources and
         * configuration) overlaps the loading instead of preceding it. Set {@link #threads(int)} first.
         */
        public Builder loadInBackground() {
            if (loading == null) {
                loading = new Loading(threads, models, wordNet);
            }
            return this;
        }

        /** Shares already loaded models, e.g. between several reconcilers. */
        public Builder models(LanguageModels models) {
            this.models = Objects.requireNonNull(models, "models");
            return this;
        }

        /**
         * Adds a detector of one's own. It runs after the detectors whose findings it
         * {@linkplain Detector#consumes() consumes}; it must be thread-safe, since a reconciler is shared.
         */
        public Builder addDetector(Detector detector) {
            extraDetectors.add(new PluggedDetector(Objects.requireNonNull(detector, "detector")));
            return this;
        }

        /** Shares an already loaded WordNet, e.g. between the reconcilers of the tests. */
        Builder wordNet(WordNet wordNet) {
            this.wordNet = Objects.requireNonNull(wordNet, "wordNet");
            return this;
        }

        /** Replaces the embedded knowledge base; use {@code KnowledgeBase.embedded().with(mine)} to extend it. */
        public Builder knowledgeBase(KnowledgeBase kb) {
            this.kb = Objects.requireNonNull(kb, "kb");
            return this;
        }

        /** The least similarity, in (0, 1), at which two claims are taken to state the same fact. */
        public Builder alignmentThreshold(double threshold) {
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("alignment threshold must lie in (0, 1): " + threshold);
            }
            this.thresholds = thresholds.withAlignment(threshold);
            return this;
        }

        /** All numeric judgements at once; see {@link Thresholds} for what each means. */
        public Builder thresholds(Thresholds thresholds) {
            this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
            return this;
        }

        /**
         * At most this many findings of one kind that quote one source first are listed (default
         * {@value #DEFAULT_MAX_FINDINGS_PER_SOURCE_AND_KIND}); the report's notices count the rest.
         */
        public Builder maxFindingsPerSourceAndKind(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFindingsPerSourceAndKind must be at least 1: " + max);
            }
            this.maxFindingsPerSourceAndKind = max;
            return this;
        }

        /**
         * Reads up to this many sources at once, each on its own thread (default: the processors
         * available). The report does not depend on it; 1 reads them one after another on the
         * calling thread.
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Loads what is not given, on up to {@link #threads(int)} threads at once, and builds the reconciler. */
        public Reconciler build() {
            // the loading started in the background serves this build alone: it is closed when done, so a
            // second build of the same builder loads afresh
            Loading started = loading;
            loading = null;
            return new Reconciler(this, started);
        }
    }
}
