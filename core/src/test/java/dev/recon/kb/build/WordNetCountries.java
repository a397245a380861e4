package dev.recon.kb.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1's countries: the instance nouns below "country, state, land" (the territory of a nation),
 * "state, nation, country, land" (the political body), "empire", "kingdom" and "republic", each with its
 * synonyms ("Myanmar, Union of Burma, Burma"). WordNet lists former names beside current ones without
 * dates, so the generator dates them from the curated renames and leaves to other entities the names
 * those own ("Gold Coast" beside "Ghana").
 */
final class WordNetCountries {

    /** A synset's offset in WordNet 3.1's data.noun and its lemmas, WordNet's head word first. */
    record Country(long offset, List<String> lemmas, String gloss) {
    }

    /** The roots, as WordNet 3.1 noun offsets: stable for a release, and named so a reader can check them. */
    private static final long COUNTRY_TERRITORY = 8562388L;
    private static final long STATE_POLITY = 8185877L;
    private static final long EMPIRE_DOMAIN = 8575019L;
    private static final long KINGDOM_DOMAIN = 8575692L;
    private static final long KINGDOM_MONARCHY = 8608825L;
    private static final long REPUBLIC = 8379844L;

    private final Dictionary dictionary;

    WordNetCountries(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    static String sourceId() {
        return "wordnet-3.1";
    }

    /** Every country instance, by offset. */
    List<Country> countries() throws JWNLException {
        TreeMap<Long, Country> out = new TreeMap<>();
        Deque<Synset> todo = new ArrayDeque<>();
        for (long root : new long[] {COUNTRY_TERRITORY, STATE_POLITY, EMPIRE_DOMAIN, KINGDOM_DOMAIN, KINGDOM_MONARCHY,
                REPUBLIC}) {
            Synset s = dictionary.getSynsetAt(POS.NOUN, root);
            if (s == null) {
                throw new IllegalStateException("WordNet 3.1 has no noun synset at " + root);
            }
            todo.add(s);
        }
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Synset s = todo.pop();
            if (!seen.add(s.getOffset())) {
                continue;
            }
            for (Pointer p : s.getPointers()) {
                Synset target = p.getTargetSynset();
                if (p.getType() == PointerType.INSTANCES_HYPONYM) {
                    out.putIfAbsent(target.getOffset(), country(target));
                } else if (p.getType() == PointerType.HYPONYM) {
                    todo.add(target);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Country country(Synset s) {
        List<String> lemmas = s.getWords().stream().map(Word::getLemma).toList();
        return new Country(s.getOffset(), lemmas, s.getGloss());
    }
}
