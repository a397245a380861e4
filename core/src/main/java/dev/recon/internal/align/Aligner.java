package dev.recon.internal.align;

import dev.recon.internal.Threads;
import dev.recon.internal.Work;
import dev.recon.Comparison;
import dev.recon.model.Alignment;
import dev.recon.model.AlignmentStatus;
import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Claim;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.text.Hashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Aligns claims across any number of sources. Candidates come from an inverted index over the claims'
 * keys (content lemmas, referents, happenings, years, figures), never from comparing every claim with
 * every other; each candidate is then scored by IDF-weighted key overlap, cosine similarity of its
 * words and the share of its words that the two keep in order (their longest common subsequence), all
 * on interned word ids.
 * Immutable and thread-safe.
 */
public final class Aligner {

    /**
     * Keys more common than this share of claims say nothing about which claims match, unless they occur
     * no more often than there are sources (once in each of a few short sources is the best key there is).
     */
    private static final double MAX_KEY_SHARE = 0.5;
    /**
     * Candidates scored per claim and other source, by shared key weight. The index's overlap is an
     * upper bound on what the score can reward, so the best match is almost always among the first few.
     */
    private static final int MAX_CANDIDATES_PER_SOURCE = 8;
    /**
     * Other sources in which a claim looks for its match: those whose best candidate shares the most
     * key weight. A fact that a hundred sources repeat would otherwise link every pair of them, so the
     * work would grow with the square of the sources; linked to its nearest few, each copy still joins
     * the fact's group, since groups follow links. Comparisons of up to this many sources plus one are
     * unaffected.
     */
    static final int MAX_SOURCES_PER_CLAIM = 16;
    /**
     * Claims a single key may propose as candidates. Keys this common are read only when a claim has
     * no rarer one, and then only their first claims, so proposing stays linear in the claims.
     */
    private static final int MAX_POSTINGS = 256;
    /** Claims scored before their links are merged: bounds the links held at once. */
    private static final int BLOCK_CLAIMS = 1024;
    /** Claims one task scores: enough work to repay handing it to another thread. */
    private static final int TASK_CLAIMS = 64;

    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final double minScore;

    /**
     * @param minScore the least similarity at which two claims are taken to state the same fact, in (0, 1)
     */
    public Aligner(KnowledgeBase kb, Lexicon lexicon, double minScore) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        if (!(minScore > 0 && minScore < 1)) {
            throw new IllegalArgumentException("minScore must lie in (0, 1): " + minScore);
        }
        this.minScore = minScore;
    }

    /** Aligns every source with every other. */
    public AlignmentResult align(List<AnalyzedSource> sources) {
        return align(sources, Comparison.allPairs());
    }

    /**
     * Aligns the claims of the pairs of sources that {@code comparison} compares. Against a reference,
     * a claim of another source looks for candidates among the reference's claims only, which also
     * saves scoring the pairs no one asked about.
     */
    public AlignmentResult align(List<AnalyzedSource> sources, Comparison comparison) {
        return align(sources, comparison, Runnable::run);
    }

    /**
     * Aligns as {@link #align(List, Comparison)} does, scoring the claims' candidates on
     * {@code executor} (the same links whatever executor runs them).
     */
    public AlignmentResult align(List<AnalyzedSource> sources, Comparison comparison, Executor executor) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(executor, "executor");
        List<ClaimFeatures> all = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> sourceOrder = new HashMap<>();
        for (AnalyzedSource s : sources) {
            sourceOrder.put(s.id(), sourceOrder.size());
            for (Claim c : s.claims()) {
                all.add(ClaimFeatures.of(c, kb, lexicon, ids));
            }
        }
        int n = all.size();
        int[][] postings = postings(all, ids.size());
        double[] idf = new double[postings.length];
        for (int k = 0; k < postings.length; k++) {
            idf[k] = postings[k].length == 0 ? 0 : Math.log(1.0 + (double) n / postings[k].length);
        }
        // the reference's own postings, so that another source's claim walks only those
        int[][] referencePostings = new int[postings.length][];
        if (comparison.reference().isPresent()) {
            for (int k = 0; k < postings.length; k++) {
                referencePostings[k] = java.util.Arrays.stream(postings[k])
                        .filter(j -> comparison.isReference(all.get(j).claim().sourceId())).toArray();
            }
        }

        List<Link> links = new ArrayList<>();
        Map<String, Link> nearest = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        int[] sourceOf = new int[n];
        for (int i = 0; i < n; i++) {
            sourceOf[i] = sourceOrder.get(all.get(i).claim().sourceId());
        }
        int reference = comparison.reference().map(sourceOrder::get).orElse(-1);
        Candidates candidates = new Candidates(all, sourceOf, reference, postings, referencePostings, idf, sources.size());
        // each claim's candidates are scored independently, a block of claims at a time on the executor;
        // the results are merged in claim order, so the links are the same however many threads score them
        ClaimLinks[] block = new ClaimLinks[Math.min(n, BLOCK_CLAIMS)];
        for (int from = 0; from < n; from += BLOCK_CLAIMS) {
            int to = Math.min(n, from + BLOCK_CLAIMS);
            List<Work<Void>> tasks = new ArrayList<>();
            for (int lo = from; lo < to; lo += TASK_CLAIMS) {
                int first = lo;
                int last = Math.min(to, lo + TASK_CLAIMS);
                int offset = from;
                tasks.add(Threads.run(executor, () -> {
                    Overlap overlap = new Overlap(n);
                    for (int i = first; i < last; i++) {
                        block[i - offset] = linksOf(i, candidates, overlap);
                    }
                }));
            }
            Threads.awaitAll(tasks);
            for (int i = from; i < to; i++) {
                ClaimLinks found = block[i - from];
                if (found.nearest() != null) {
                    nearest.put(all.get(i).claim().id(), found.nearest());
                }
                for (int b = 0; b < found.best().length; b++) {
                    int j = found.bestIndex()[b];
                    if (seen.add((long) Math.min(i, j) * n + Math.max(i, j))) {
                        links.add(found.best()[b]);
                    }
                }
            }
        }
        links.sort(Comparator.comparingDouble(Link::score).reversed()
                .thenComparing(l -> l.a().id()).thenComparing(l -> l.b().id()));
        return new AlignmentResult(links, group(sources, links, sourceOrder), nearest);
    }

    /**
     * What the index offers for scoring: fixed while claims are scored, so shared by every thread.
     * Sources are numbered in their given order; {@code reference} is the reference's number, or -1.
     */
    private record Candidates(List<ClaimFeatures> all, int[] sourceOf, int reference, int[][] postings,
                              int[][] referencePostings, double[] idf, int sources) {

        /** True when the claims at positions {@code i} and {@code j} are in sources compared directly. */
        boolean compares(int i, int j) {
            int a = sourceOf[i];
            int b = sourceOf[j];
            return a != b && (reference < 0 || a == reference || b == reference);
        }
    }

    /**
     * One claim's best link into each other source (parallel to the positions of their claims), and its
     * nearest claim.
     */
    private record ClaimLinks(Link[] best, int[] bestIndex, Link nearest) {
    }

    /**
     * The key weight each claim shares with the claim being scored, in a dense array reused from claim to
     * claim by one thread: the walk through the postings is the aligner's innermost loop, and a boxed map
     * there cost more than the scoring it feeds.
     */
    private static final class Overlap {
        final double[] weight;
        final int[] touched;
        int size;

        Overlap(int claims) {
            weight = new double[claims];
            touched = new int[claims];
        }

        void add(int j, double w) {
            if (weight[j] == 0) {
                touched[size++] = j;
            }
            weight[j] += w;
        }

        void clear() {
            for (int t = 0; t < size; t++) {
                weight[touched[t]] = 0;
            }
            size = 0;
        }
    }

    private ClaimLinks linksOf(int i, Candidates c, Overlap overlap) {
        int[][] postings = c.postings();
        double[] idf = c.idf();
        int n = c.all().size();
        ClaimFeatures fi = c.all().get(i);
        boolean rarer = hasRarerKey(fi, postings);
        boolean toReference = c.reference() >= 0 && c.sourceOf()[i] != c.reference();
        for (int k : fi.keys()) {
            int[] post = postings[k];
            // a key shared by very many claims (a long source repeating itself) proposes no candidate
            // the claim's rarer keys do not; its weight still counts when candidates are scored
            if (post.length > Math.max(c.sources(), MAX_KEY_SHARE * n) || post.length > MAX_POSTINGS && rarer) {
                continue;
            }
            if (toReference) {
                post = c.referencePostings()[k];
            }
            for (int p = 0, end = Math.min(post.length, MAX_POSTINGS); p < end; p++) {
                int j = post[p];
                if (j != i && c.compares(i, j)) {
                    overlap.add(j, idf[k]);
                }
            }
        }
        // the best candidate in each other source, scored among the few that share the most weight of
        // keys with this claim: a claim repeated many times over does not make every pair a candidate
        int[] chosen = strongest(overlap, c.sourceOf());
        overlap.clear();
        List<Link> best = new ArrayList<>();
        List<Integer> bestIndex = new ArrayList<>();
        int bestSource = -1;
        Link near = null;
        for (int j : chosen) {
            ClaimFeatures fj = c.all().get(j);
            Link link = score(fi, fj, idf);
            if (near == null || link.score() > near.score()
                    || (link.score() == near.score() && link.b().id().compareTo(near.b().id()) < 0)) {
                near = link;
            }
            if (link.score() < minScore) {
                continue;
            }
            // candidates come in position order, so a source's candidates are consecutive
            if (c.sourceOf()[j] != bestSource) {
                bestSource = c.sourceOf()[j];
                best.add(link);
                bestIndex.add(j);
            } else {
                Link current = best.get(best.size() - 1);
                if (link.score() > current.score()
                        || (link.score() == current.score() && link.b().id().compareTo(current.b().id()) < 0)) {
                    best.set(best.size() - 1, link);
                    bestIndex.set(bestIndex.size() - 1, j);
                }
            }
        }
        return new ClaimLinks(best.toArray(new Link[0]), bestIndex.stream().mapToInt(Integer::intValue).toArray(), near);
    }

    private static boolean hasRarerKey(ClaimFeatures f, int[][] postings) {
        for (int k : f.keys()) {
            if (postings[k].length <= MAX_POSTINGS) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each key id, the positions in {@code all} of the claims that have it, ascending. Plain arrays,
     * filled in a second pass once their sizes are known: a long source has millions of postings, and a
     * boxed list would keep an object for each. Ids that name words only have no postings.
     */
    private static int[][] postings(List<ClaimFeatures> all, int ids) {
        int[] sizes = new int[ids];
        for (ClaimFeatures f : all) {
            for (int k : f.keys()) {
                sizes[k]++;
            }
        }
        int[][] postings = new int[ids][];
        for (int k = 0; k < ids; k++) {
            postings[k] = new int[sizes[k]];
        }
        int[] filled = new int[ids];
        for (int i = 0; i < all.size(); i++) {
            for (int k : all.get(i).keys()) {
                postings[k][filled[k]++] = i;
            }
        }
        return postings;
    }

    /**
     * The candidates worth scoring, in position order: in each source, the {@link #MAX_CANDIDATES_PER_SOURCE}
     * that share the most key weight with the claim (ties broken by position, so the choice is
     * deterministic), in the {@link #MAX_SOURCES_PER_CLAIM} sources with the strongest of them.
     */
    private static int[] strongest(Overlap overlap, int[] sourceOf) {
        int[] touched = java.util.Arrays.copyOf(overlap.touched, overlap.size);
        java.util.Arrays.sort(touched);
        double[] weight = overlap.weight;
        // positions are grouped by source, so each source's candidates are one run of the sorted positions
        List<int[]> runs = new ArrayList<>();
        for (int from = 0; from < touched.length; ) {
            int to = from + 1;
            while (to < touched.length && sourceOf[touched[to]] == sourceOf[touched[from]]) {
                to++;
            }
            int[] run = java.util.Arrays.copyOfRange(touched, from, to);
            if (run.length > MAX_CANDIDATES_PER_SOURCE) {
                run = strongestFirst(run, weight);
                run = java.util.Arrays.copyOf(run, MAX_CANDIDATES_PER_SOURCE);
                java.util.Arrays.sort(run);
            }
            runs.add(run);
            from = to;
        }
        if (runs.size() > MAX_SOURCES_PER_CLAIM) {
            // the sources whose best candidate shares the most key weight, ties by the candidate's position
            // each source's best candidate: the source is kept when that candidate is among the strongest
            int[] bests = new int[runs.size()];
            for (int r = 0; r < runs.size(); r++) {
                bests[r] = strongestFirst(runs.get(r), weight)[0];
            }
            int[] strongest = strongestFirst(bests, weight);
            double cutWeight = weight[strongest[MAX_SOURCES_PER_CLAIM - 1]];
            int cutPosition = strongest[MAX_SOURCES_PER_CLAIM - 1];
            List<int[]> kept = new ArrayList<>();
            for (int r = 0; r < runs.size(); r++) {
                double w = weight[bests[r]];
                if (w > cutWeight || w == cutWeight && bests[r] <= cutPosition) {
                    kept.add(runs.get(r));
                }
            }
            runs = kept;
        }
        return runs.stream().flatMapToInt(java.util.Arrays::stream).toArray();
    }

    /** The positions ordered by shared weight, strongest first, ties by position. */
    private static int[] strongestFirst(int[] positions, double[] weight) {
        return java.util.Arrays.stream(positions).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> weight[j]).reversed().thenComparing(j -> j))
                .mapToInt(Integer::intValue).toArray();
    }

    private static Link score(ClaimFeatures a, ClaimFeatures b, double[] idf) {
        double inter = 0;
        double union = 0;
        for (int k : a.keys()) {
            double w = idf[k];
            union += w;
            if (b.hasKey(k)) {
                inter += w;
            }
        }
        for (int k : b.keys()) {
            if (!a.hasKey(k)) {
                union += idf[k];
            }
        }
        double weighted = union == 0 ? 0 : inter / union;
        double words = wordRatio(a.words(), b.words());
        double score = 0.5 * weighted + 0.25 * words + 0.25 * cosine(a, b);
        return new Link(a.claim(), b.claim(), score, words);
    }

    /** 2 × the words both keep in order (their longest common subsequence) ÷ total words: 1 for identical sequences. */
    public static double wordRatio(List<String> a, List<String> b) {
        Map<String, Integer> ids = new HashMap<>();
        return wordRatio(a.stream().mapToInt(w -> ids.computeIfAbsent(w, x -> ids.size())).toArray(),
                b.stream().mapToInt(w -> ids.computeIfAbsent(w, x -> ids.size())).toArray());
    }

    /**
     * The same on word ids. A plain dynamic programme over two rows: sentences are capped in length
     * ({@code Annotator.MAX_SENTENCE_CHARS}), so it costs at most a few tens of thousands of steps, and
     * it allocates nothing per pair but two rows.
     */
    static double wordRatio(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        return 2.0 * lcs(a, b) / (a.length + b.length);
    }

    private static int lcs(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] row = new int[b.length + 1];
        for (int x : a) {
            for (int j = 1; j <= b.length; j++) {
                row[j] = x == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
            }
            int[] t = prev;
            prev = row;
            row = t;
        }
        return prev[b.length];
    }

    /**
     * Cosine similarity of the two claims' word counts, as Commons Text's {@code CosineSimilarity}
     * computes it (integer dot product over square roots of integer sums), without building maps.
     */
    private static double cosine(ClaimFeatures a, ClaimFeatures b) {
        if (a.bagSquares() <= 0 || b.bagSquares() <= 0) {
            return 0;
        }
        long dot = 0;
        int i = 0;
        int j = 0;
        int[] x = a.bag();
        int[] y = b.bag();
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                dot += (long) a.bagCounts()[i++] * b.bagCounts()[j++];
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (Math.sqrt(a.bagSquares()) * Math.sqrt(b.bagSquares()));
    }

    /** Groups links into alignments, strongest first, with at most one claim per source in a group. */
    private static List<Alignment> group(List<AnalyzedSource> sources, List<Link> links, Map<String, Integer> order) {
        Map<String, Integer> groupOf = new HashMap<>();
        List<List<Claim>> groups = new ArrayList<>();
        // the sources each group draws on, so that a clash is one intersection rather than a walk of the group
        List<java.util.BitSet> sourcesOf = new ArrayList<>();
        for (AnalyzedSource s : sources) {
            for (Claim c : s.claims()) {
                groupOf.put(c.id(), groups.size());
                groups.add(new ArrayList<>(List.of(c)));
                java.util.BitSet own = new java.util.BitSet();
                own.set(order.get(c.sourceId()));
                sourcesOf.add(own);
            }
        }
        for (Link l : links) {
            int ga = groupOf.get(l.a().id());
            int gb = groupOf.get(l.b().id());
            if (ga == gb || sourcesOf.get(ga).intersects(sourcesOf.get(gb))) {
                continue;
            }
            groups.get(ga).addAll(groups.get(gb));
            sourcesOf.get(ga).or(sourcesOf.get(gb));
            for (Claim c : groups.get(gb)) {
                groupOf.put(c.id(), ga);
            }
            groups.get(gb).clear();
        }
        List<Alignment> out = new ArrayList<>();
        for (List<Claim> g : groups) {
            if (g.isEmpty()) {
                continue;
            }
            g.sort(Comparator.comparing((Claim c) -> order.get(c.sourceId())).thenComparing(c -> c.span().start()));
            String id = "a-" + Hashes.sha256(String.join("|", g.stream().map(Claim::id).sorted().toList())).substring(0, 10);
            out.add(new Alignment(id, g, g.size() == 1 ? AlignmentStatus.SINGLE : AlignmentStatus.AGREE));
        }
        return out;
    }

}
