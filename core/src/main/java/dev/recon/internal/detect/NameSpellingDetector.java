package dev.recon.internal.detect;

import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.EntityMention;
import dev.recon.internal.name.NameMatcher;
import dev.recon.internal.name.NameRelation;
import dev.recon.model.Token;
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
public final class NameSpellingDetector implements Check {

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

    /**
     * One way of writing a name, with its first mention in each source that writes it so. Many sources
     * repeat the same few spellings, so spellings, not mentions, are compared: each pair once.
     */
    private record Spelling(List<String> words, boolean known, List<Name> mentions) {

        /** The mentions of this spelling in a source other than {@code source}. */
        boolean elsewhereThan(int source) {
            return mentions.stream().anyMatch(n -> n.source() != source);
        }
    }

    @Override
    public void detect(CheckContext ctx) {
        List<Name> names = new ArrayList<>();
        Set<String> commonWords = new HashSet<>();
        collect(ctx.sources(), names, commonWords);
        Map<String, Spelling> bySpelling = new LinkedHashMap<>();
        for (Name n : names) {
            bySpelling.computeIfAbsent(n.mention().isKnown() + "|" + String.join(" ", n.words()),
                    k -> new Spelling(n.words(), n.mention().isKnown(), new ArrayList<>())).mentions().add(n);
        }
        List<Spelling> spellings = new ArrayList<>(bySpelling.values());
        // each spelling's blocking words once: romanising runs a rewrite rule per equivalence over each word
        Map<String, String> romanised = new HashMap<>();
        List<Set<String>> blocking = new ArrayList<>(spellings.size());
        for (Spelling sp : spellings) {
            blocking.add(blockingWords(sp.words(), romanised));
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            for (String w : blocking.get(i)) {
                index.computeIfAbsent(key(w.charAt(0), w.length()), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Set<Integer> compared = new HashSet<>();
        for (int i = 0; i < spellings.size(); i++) {
            Spelling a = spellings.get(i);
            compared.clear();
            for (String w : blocking.get(i)) {
                for (int len = w.length() - LENGTH_WINDOW; len <= w.length() + LENGTH_WINDOW; len++) {
                    for (int j : index.getOrDefault(key(w.charAt(0), len), List.of())) {
                        Spelling b = spellings.get(j);
                        if (j <= i || !compared.add(j) || (a.known() && b.known())) {
                            continue;
                        }
                        // the mentions of each spelling in a source that writes the name the other way
                        List<Name> as = a.mentions().stream().filter(n -> b.elsewhereThan(n.source())).toList();
                        List<Name> bs = b.mentions().stream().filter(n -> a.elsewhereThan(n.source())).toList();
                        if (!as.isEmpty()) {
                            judge(as, bs, commonWords, groups);
                        }
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
        // a word is folded once however often it recurs
        Set<String> lowerCaseTexts = new HashSet<>();
        for (int s = 0; s < sources.size(); s++) {
            Set<String> seen = new HashSet<>();
            for (Claim c : sources.get(s).claims()) {
                for (Token t : c.tokens()) {
                    if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0)) && lowerCaseTexts.add(t.text())) {
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

    /** Judges two spellings once, through their first mentions, and files every mention given. */
    private void judge(List<Name> as, List<Name> bs, Set<String> commonWords, Map<String, Group> groups) {
        Name a = as.get(0);
        Name b = bs.get(0);
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
        for (Name n : as) {
            g.bySpelling().computeIfAbsent(sa, k -> new TreeMap<>()).putIfAbsent(n.source(), n);
        }
        for (Name n : bs) {
            g.bySpelling().computeIfAbsent(sb, k -> new TreeMap<>()).putIfAbsent(n.source(), n);
        }
    }

    private static void report(CheckContext ctx, Group g) {
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
    private Set<String> blockingWords(List<String> words, Map<String, String> romanised) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : words) {
            if (w.length() >= NameMatcher.MIN_SPELLING_LETTERS) {
                out.add(w);
                out.add(romanised.computeIfAbsent(w, matcher::romanise));
            }
        }
        return out;
    }

    private static String key(char first, int length) {
        return first + ":" + length;
    }
}
