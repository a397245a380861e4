package dev.recon.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rule documentation of every finding kind, read from {@code rules.json}. */
public final class Rules {

    private final Map<FindingKind, Rule> rules;

    private Rules(Map<FindingKind, Rule> rules) {
        this.rules = Map.copyOf(rules);
    }

    /**
     * Reads the bundled rules, checking that every kind has exactly one with every field.
     *
     * @throws IllegalStateException naming the rule and field when the data is incomplete
     */
    public static Rules bundled() {
        try (InputStream in = Rules.class.getResourceAsStream("rules.json")) {
            if (in == null) {
                throw new IllegalStateException("rules.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<FindingKind, Rule> out = new EnumMap<>(FindingKind.class);
            for (JsonNode r : root.get("rules")) {
                FindingKind kind = FindingKind.byId(field(r, "id", "?"));
                Map<String, String> sources = new LinkedHashMap<>();
                JsonNode example = r.get("example");
                if (example == null || !example.path("sources").isObject()) {
                    throw new IllegalStateException("rules.json: rule " + kind.id() + " lacks 'example.sources'");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = example.get("sources").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    sources.put(e.getKey(), e.getValue().asText());
                }
                Rule rule = new Rule(kind, field(r, "name", kind.id()), Severity.parse(field(r, "level", kind.id())),
                        field(r, "short", kind.id()), field(r, "full", kind.id()), field(r, "help", kind.id()),
                        sources, field(example, "quote", kind.id()));
                if (out.put(kind, rule) != null) {
                    throw new IllegalStateException("rules.json: two rules for " + kind.id());
                }
            }
            for (FindingKind k : FindingKind.values()) {
                if (!out.containsKey(k)) {
                    throw new IllegalStateException("rules.json: no rule for " + k.id());
                }
            }
            return new Rules(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(JsonNode n, String name, String rule) {
        JsonNode v = n.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalStateException("rules.json: rule " + rule + " lacks '" + name + "'");
        }
        return v.asText();
    }

    public Rule of(FindingKind kind) {
        return rules.get(kind);
    }

    /** All rules, in the order of {@link FindingKind}. */
    public List<Rule> all() {
        List<Rule> out = new ArrayList<>();
        for (FindingKind k : FindingKind.values()) {
            out.add(rules.get(k));
        }
        return out;
    }
}
