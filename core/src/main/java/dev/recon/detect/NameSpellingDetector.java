package dev.recon.detect;

import dev.recon.claim.AnalyzedSource;
import dev.recon.claim.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.EntityMention;
import dev.recon.name.NameMatcher;
import dev.recon.name.NameRelation;
import dev.recon.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds a proper name that sources spell two ways ("Mandella", "Mandela"), wherever the names stand:
 * in paraphrases as well as in word-aligned copies. Names are indexed by a blocking key per word (its
 * first letter and length), so only names with a word of the same initial and nearly the same length
 * are ever compared. Names from one source are not compared with each other, and two names the
 * knowledge base resolves are its to judge. Romanisation variants ("Marrakech", "Marrakesh") are
 * naming variants at info; short forms ("Merkel", "Angela Merkel") are ordinary usage and not reported.
 */
public final class NameSpellingDetector implements Detector {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.NAME_SPELLING, FindingKind.NAMING_VARIANT, FindingKind.ENTITY_MISMATCH);
    }

    @Override
    public java.util.Set<FindingKind> consumes() {
        return java.util.Set.of(FindingKind.NAME_SPELLING, FindingKind.NAMING_VARIANT, FindingKind.ENTITY_MISMATCH);
    }

    /** Words whose lengths differ by more than this cannot be one or two edits apart. */
    private static final int LENGTH_WINDOW = 2;

    private final NameMatcher matcher;

    public NameSpellingDetector(NameMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** The first mention of one spelling of a name in one source. */
    private record Name(int source, Claim claim, EntityMention mention, List<String> words) {
    }

    /** The sources that spell a name each way, with their first mention of each spelling. */
    private record Group(NameRelation relation, Map<String, Map<Integer, Name>> bySpelling) {
    }

    @Override
    public void detect(DetectionContext ctx) {
        List<Name> names = new ArrayList<>();
        Set<String> commonWords = new HashSet<>();
        collect(ctx.sources(), names, commonWords);
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (String w : blockingWords(names.get(i))) {
                index.computeIfAbsent(key(w.charAt(0), w.length()), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Set<Long> compared = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Name a = names.get(i);
            for (String w : blockingWords(a)) {
                for (int len = w.length() - LENGTH_WINDOW; len <= w.length() + LENGTH_WINDOW; len++) {
                    for (int j : index.getOrDefault(key(w.charAt(0), len), List.of())) {
                        Name b = names.get(j);
                        if (j <= i || b.source() == a.source() || !compared.add((long) i * names.size() + j)
                                || (a.mention().isKnown() && b.mention().isKnown())) {
                            continue;
                        }
                        judge(a, b, commonWords, groups);
                    }
                }
            }
        }
        for (Group g : groups.values()) {
            report(ctx, g);
        }
    }

    /** One entry per source and spelling, in source and text order; and every word written in lower case. */
    private static void collect(List<AnalyzedSource> sources, List<Name> names, Set<String> commonWords) {
        for (int s = 0; s < sources.size(); s++) {
            Set<String> seen = new HashSet<>();
            for (Claim c : sources.get(s).claims()) {
                for (Token t : c.tokens()) {
                    if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                        commonWords.add(NameMatcher.fold(t.text()));
                    }
                }
                for (EntityMention m : c.entities()) {
                    List<String> words = NameMatcher.words(m.text());
                    if (!m.demonym() && !words.isEmpty() && seen.add(String.join(" ", words))) {
                        names.add(new Name(s, c, m, words));
                    }
                }
            }
        }
    }

    private void judge(Name a, Name b, Set<String> commonWords, Map<String, Group> groups) {
        NameMatcher.Comparison cmp = matcher.compare(a.mention().text(), b.mention().text());
        String sa;
        String sb;
        if (cmp.relation() == NameRelation.SPELLING) {
            // a word also written in lower case is an ordinary word, capitalised at a sentence start
            if (commonWords.contains(cmp.wordA()) || commonWords.contains(cmp.wordB())) {
                return;
            }
            sa = cmp.wordA();
            sb = cmp.wordB();
        } else if (cmp.relation() == NameRelation.TRANSLITERATION) {
            sa = String.join(" ", a.words());
            sb = String.join(" ", b.words());
        } else {
            return;
        }
        String key = cmp.relation() + "|" + (sa.compareTo(sb) < 0 ? sa + "|" + sb : sb + "|" + sa);
        Group g = groups.computeIfAbsent(key, k -> new Group(cmp.relation(), new TreeMap<>()));
        g.bySpelling().computeIfAbsent(sa, k -> new TreeMap<>()).putIfAbsent(a.source(), a);
        g.bySpelling().computeIfAbsent(sb, k -> new TreeMap<>()).putIfAbsent(b.source(), b);
    }

    private static void report(DetectionContext ctx, Group g) {
        Findings out = ctx.findings();
        List<Name> quoted = new ArrayList<>();
        g.bySpelling().values().forEach(bySource -> quoted.addAll(bySource.values()));
        quoted.sort((x, y) -> x.source() != y.source() ? Integer.compare(x.source(), y.source())
                : x.mention().span().compareTo(y.mention().span()));
        FindingKind kind = g.relation() == NameRelation.SPELLING ? FindingKind.NAME_SPELLING : FindingKind.NAMING_VARIANT;
        boolean alreadyReported = quoted.stream().allMatch(n -> out.covers(n.claim().sourceId(), n.mention().span(),
                FindingKind.NAME_SPELLING, FindingKind.NAMING_VARIANT, FindingKind.ENTITY_MISMATCH));
        if (alreadyReported) {
            return;
        }
        List<Evidence> ev = quoted.stream().map(n -> out.quote(n.claim(), n.mention().span())).toList();
        List<Claim> claims = quoted.stream().map(Name::claim).toList();
        List<String> sides = new ArrayList<>();
        g.bySpelling().forEach((spelling, bySource) -> {
            Name first = bySource.values().iterator().next();
            List<String> ids = bySource.values().stream().map(n -> n.claim().sourceId()).toList();
            sides.add(String.format(Locale.ROOT, "\"%s\" (%s)", first.mention().text(), String.join(", ", ids)));
        });
        String message = g.relation() == NameRelation.SPELLING
                ? String.format(Locale.ROOT, "One name spelt two ways: %s; one spelling is likely wrong.",
                        String.join(" against ", sides))
                : String.format(Locale.ROOT, "One name in two romanisations: %s.", String.join(" and ", sides));
        out.add(kind, g.relation() == NameRelation.SPELLING ? Severity.MINOR : Severity.INFO, message, ev, claims);
    }

    /**
     * The words a name is indexed and looked up by: each long enough word as written and romanised,
     * since romanisation may change a first letter ("Chefchaouen", "Shefshawen").
     */
    private Set<String> blockingWords(Name n) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : n.words()) {
            if (w.length() >= NameMatcher.MIN_SPELLING_LETTERS) {
                out.add(w);
                out.add(matcher.romanise(w));
            }
        }
        return out;
    }

    private static String key(char first, int length) {
        return first + ":" + length;
    }
}
