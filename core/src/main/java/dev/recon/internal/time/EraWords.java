package dev.recon.internal.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How English writes historical years, read from {@code eras.json} (which cites its sources): era
 * designations, ordinal words for centuries, and the words around a three-digit number that tell a
 * year from a count. Immutable.
 *
 * @param before        designations after a year before the common era ("BC", "B.C.E.")
 * @param common        designations after a year of the common era ("AD", "CE")
 * @param prefixes      designations before a year ("AD 79")
 * @param ordinals      ordinal words and their numbers ("fifth" 5)
 * @param yearSignals   prepositions after which a three-digit number may be a year ("in", "by")
 * @param yearFollowers words that may follow such a number when it is a year ("the", "he")
 * @param countVerbs    verbs that make "by" and a number an amount ("rose", "divisible")
 * @param attributiveDeterminers determiners before "2017 B.C." that make it the province
 */
record EraWords(List<String> before, List<String> common, List<String> prefixes, Map<String, Integer> ordinals,
                Set<String> yearSignals, Set<String> yearFollowers, Set<String> countVerbs,
                Set<String> attributiveDeterminers) {

    EraWords {
        before = List.copyOf(before);
        common = List.copyOf(common);
        prefixes = List.copyOf(prefixes);
        ordinals = Map.copyOf(ordinals);
        yearSignals = Set.copyOf(yearSignals);
        yearFollowers = Set.copyOf(yearFollowers);
        countVerbs = Set.copyOf(countVerbs);
        attributiveDeterminers = Set.copyOf(attributiveDeterminers);
        if (before.isEmpty() || common.isEmpty() || ordinals.isEmpty() || yearSignals.isEmpty()) {
            throw new IllegalArgumentException("era words need designations, ordinals and year signals");
        }
        for (Map.Entry<String, Integer> e : ordinals.entrySet()) {
            if (e.getKey().isEmpty() || !Character.isLetter(e.getKey().charAt(0))) {
                throw new IllegalArgumentException("ordinal '" + e.getKey() + "' must start with a letter");
            }
            if (e.getValue() < 1) {
                throw new IllegalArgumentException("ordinal '" + e.getKey() + "' must be at least 1: " + e.getValue());
            }
        }
        for (String d : before) {
            if (common.contains(d)) {
                throw new IllegalArgumentException("'" + d + "' cannot name both eras");
            }
        }
    }

    /** The bundled English list. */
    static EraWords english() {
        try (InputStream in = EraWords.class.getResourceAsStream("eras.json")) {
            if (in == null) {
                throw new IllegalStateException("eras.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Integer> ordinals = new HashMap<>();
            root.get("ordinals").fields().forEachRemaining(e -> ordinals.put(e.getKey(), e.getValue().asInt()));
            return new EraWords(list(root, "before"), list(root, "common"), list(root, "prefixes"), ordinals,
                    new LinkedHashSet<>(list(root, "yearSignals")), new LinkedHashSet<>(list(root, "yearFollowers")),
                    new LinkedHashSet<>(list(root, "countVerbs")),
                    new LinkedHashSet<>(list(root, "attributiveDeterminers")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read eras.json", e);
        }
    }

    private static List<String> list(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || !n.isArray()) {
            throw new IllegalStateException("eras.json: '" + field + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
