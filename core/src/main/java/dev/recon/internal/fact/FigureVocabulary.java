package dev.recon.internal.fact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.internal.quantity.QuantityExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How English states figures, read from {@code figures.json}: units and their dimensions, and the
 * small closed classes of words around figures (verbs that set a running figure, nouns that name a
 * figure of something else, hedges). Immutable and thread-safe.
 */
final class FigureVocabulary {

    /** A unit: the dimension it measures and its factor to that dimension's base. */
    record Unit(String dimension, double factor) {
    }

    private final Map<String, Unit> units;
    private final Set<String> levelVerbs;
    private final Set<String> atLeastVerbs;
    private final Set<String> measureNouns;
    private final Set<String> lightVerbs;
    private final Set<String> almost;
    private final Set<String> approximately;
    private final Map<String, String> roles;
    private final Map<String, Integer> ordinals;
    private final Set<String> increments;
    private final Set<String> parts;
    private final Set<String> distributive;
    private final Set<String> bounds;
    private final Set<String> places;

    private FigureVocabulary(JsonNode root) {
        Map<String, Unit> u = new HashMap<>();
        root.get("units").fields().forEachRemaining(e -> u.put(e.getKey(),
                new Unit(e.getValue().get(0).asText(), e.getValue().get(1).asDouble())));
        this.units = Map.copyOf(u);
        this.levelVerbs = strings(root, "levelVerbs");
        this.atLeastVerbs = strings(root, "atLeastVerbs");
        this.measureNouns = strings(root, "measureNouns");
        this.lightVerbs = strings(root, "lightVerbs");
        this.almost = strings(root, "almost");
        this.approximately = strings(root, "approximately");
        Map<String, String> r = new HashMap<>();
        root.get("roleNouns").fields().forEachRemaining(e -> r.put(e.getKey(), e.getValue().asText()));
        this.roles = Map.copyOf(r);
        Map<String, Integer> o = new HashMap<>();
        root.get("ordinals").fields().forEachRemaining(e -> o.put(e.getKey(), e.getValue().asInt()));
        this.ordinals = Map.copyOf(o);
        this.increments = strings(root, "increments");
        this.parts = strings(root, "parts");
        this.distributive = strings(root, "distributive");
        this.bounds = strings(root, "bounds");
        this.places = strings(root, "places");
    }

    Optional<Integer> ordinal(String word) {
        Integer own = ordinals.get(word);
        if (own != null) {
            return Optional.of(own);
        }
        OptionalInt n = QuantityExtractor.ordinal(word);
        return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
    }

    boolean isIncrement(String word) {
        return increments.contains(word);
    }

    boolean isPart(String word) {
        return parts.contains(word);
    }

    boolean isDistributive(String word) {
        return distributive.contains(word);
    }

    boolean isBound(String word) {
        return bounds.contains(word);
    }

    boolean isPlace(String word) {
        return places.contains(word);
    }

    static FigureVocabulary english() {
        try (InputStream in = FigureVocabulary.class.getResourceAsStream("figures.json")) {
            if (in == null) {
                throw new IllegalStateException("figures.json is missing from the classpath");
            }
            return new FigureVocabulary(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read figures.json", e);
        }
    }

    private static Set<String> strings(JsonNode root, String field) {
        JsonNode a = root.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalStateException("figures.json: '" + field + "' must be an array");
        }
        Set<String> out = new LinkedHashSet<>();
        a.forEach(n -> out.add(n.asText()));
        return Set.copyOf(out);
    }

    Optional<Unit> unit(String lemma) {
        return Optional.ofNullable(units.get(lemma));
    }

    boolean isLevelVerb(String lemma) {
        return levelVerbs.contains(lemma);
    }

    boolean isAtLeastVerb(String lemma) {
        return atLeastVerbs.contains(lemma);
    }

    boolean isMeasureNoun(String lemma) {
        return measureNouns.contains(lemma);
    }

    boolean isLightVerb(String lemma) {
        return lightVerbs.contains(lemma);
    }

    boolean isAlmost(String word) {
        return almost.contains(word);
    }

    boolean isApproximately(String word) {
        return approximately.contains(word);
    }

    /** The role a word gives a length: "in diameter" → size, "north of" → distance. */
    Optional<String> role(String word) {
        return Optional.ofNullable(roles.get(word));
    }
}
