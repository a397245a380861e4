package dev.recon.internal.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How English writes numbers around figures, read from {@code numbers.json}: number words, scale
 * words, ordinals, the hedges and bounds before a figure, currency signs and time-zone abbreviations.
 * Immutable.
 */
record NumberWords(Map<String, Double> words, Map<String, Double> scales, Set<String> approximately,
                   Set<String> atLeastBefore, Set<String> atMostBefore, Map<String, String> currencies,
                   Set<String> timeZones, Map<String, Double> multiplicatives, Set<String> scaleNouns,
                   Map<String, Integer> ordinals) {

    NumberWords {
        words = Map.copyOf(words);
        scales = Map.copyOf(scales);
        approximately = Set.copyOf(approximately);
        atLeastBefore = Set.copyOf(atLeastBefore);
        atMostBefore = Set.copyOf(atMostBefore);
        currencies = Map.copyOf(currencies);
        timeZones = Set.copyOf(timeZones);
        multiplicatives = Map.copyOf(multiplicatives);
        scaleNouns = Set.copyOf(scaleNouns);
        ordinals = Map.copyOf(ordinals);
    }

    static NumberWords english() {
        try (InputStream in = NumberWords.class.getResourceAsStream("numbers.json")) {
            if (in == null) {
                throw new IllegalStateException("numbers.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Double> words = new HashMap<>();
            root.get("words").fields().forEachRemaining(e -> words.put(e.getKey(), e.getValue().asDouble()));
            Map<String, Double> scales = new HashMap<>();
            root.get("scales").fields().forEachRemaining(e -> scales.put(e.getKey(), e.getValue().asDouble()));
            Map<String, String> currencies = new HashMap<>();
            root.get("currencies").fields().forEachRemaining(e -> currencies.put(e.getKey(), e.getValue().asText()));
            Map<String, Double> multiplicatives = new HashMap<>();
            root.get("multiplicatives").fields().forEachRemaining(e -> multiplicatives.put(e.getKey(), e.getValue().asDouble()));
            Map<String, Integer> ordinals = new HashMap<>();
            root.get("ordinals").fields().forEachRemaining(e -> ordinals.put(e.getKey(), e.getValue().asInt()));
            return new NumberWords(words, scales, strings(root, "approximately"), strings(root, "atLeastBefore"),
                    strings(root, "atMostBefore"), currencies, strings(root, "timeZones"), multiplicatives,
                    strings(root, "scaleNouns"), ordinals);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read numbers.json", e);
        }
    }

    private static Set<String> strings(JsonNode root, String field) {
        Set<String> out = new LinkedHashSet<>();
        root.get(field).forEach(n -> out.add(n.asText()));
        return out;
    }
}
