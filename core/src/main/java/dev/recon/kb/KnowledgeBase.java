package dev.recon.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.time.TimeInterval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Canonical entities with their names, periods of existence and relations. Immutable and thread-safe;
 * load it once and share it.
 *
 * <p>The format is documented in {@code docs/knowledge-base.md}. {@link #embedded()} reads the bundled
 * default; {@link #read(InputStream, String)} reads a user's file, and {@link #with(KnowledgeBase)}
 * layers one over another (a later entry replaces an earlier one with the same id).
 */
public final class KnowledgeBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "name", "type", "aliases", "demonyms", "from", "to",
            "partOf", "succeededBy", "capital", "capitalOf", "note");

    private final Map<String, Entity> byId;
    /** surface form -> entities it may name, in id order; demonyms live in their own map. */
    private final Map<String, List<Entity>> names;
    private final Map<String, List<Entity>> demonyms;
    private final int longestName;

    private KnowledgeBase(Map<String, Entity> byId) {
        this.byId = Map.copyOf(byId);
        Map<String, List<Entity>> n = new TreeMap<>();
        Map<String, List<Entity>> d = new TreeMap<>();
        int longest = 0;
        for (Entity e : new TreeMap<>(byId).values()) {
            Set<String> own = new HashSet<>();
            own.add(e.name());
            own.addAll(e.aliases());
            for (String s : own) {
                n.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
                longest = Math.max(longest, s.length());
            }
            for (String s : e.demonyms()) {
                d.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
                longest = Math.max(longest, s.length());
            }
        }
        n.replaceAll((k, v) -> List.copyOf(v));
        d.replaceAll((k, v) -> List.copyOf(v));
        this.names = Map.copyOf(n);
        this.demonyms = Map.copyOf(d);
        this.longestName = longest;
    }

    /** The bundled knowledge base. Reads and validates it on every call: keep the result. */
    public static KnowledgeBase embedded() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("entities.json")) {
            if (in == null) {
                throw new IllegalStateException("the embedded knowledge base is missing from the classpath");
            }
            return read(in, "embedded knowledge base");
        } catch (IOException | KnowledgeBaseException e) {
            throw new IllegalStateException("the embedded knowledge base is invalid: " + e.getMessage(), e);
        }
    }

    /** An empty knowledge base. */
    public static KnowledgeBase empty() {
        return new KnowledgeBase(Map.of());
    }

    /**
     * Reads a knowledge base in recon's JSON format.
     *
     * @param origin names the input in error messages
     * @throws KnowledgeBaseException naming the entity and field when the content is invalid
     */
    public static KnowledgeBase read(InputStream in, String origin) throws IOException, KnowledgeBaseException {
        return new KnowledgeBase(parse(in, origin)).checked(origin, Set.of());
    }

    /**
     * This knowledge base with {@code additions} layered on top: their entities are added, and replace
     * any of these with the same id. References may point into either.
     */
    public KnowledgeBase with(KnowledgeBase additions) {
        Map<String, Entity> merged = new LinkedHashMap<>(byId);
        merged.putAll(additions.byId);
        return new KnowledgeBase(merged);
    }

    private KnowledgeBase checked(String origin, Set<String> external) throws KnowledgeBaseException {
        for (Entity e : byId.values()) {
            List<String> refs = new ArrayList<>(e.partOf());
            refs.addAll(e.succeededBy());
            if (e.capitalOf() != null) {
                refs.add(e.capitalOf());
            }
            for (String r : refs) {
                if (!byId.containsKey(r) && !external.contains(r)) {
                    throw new KnowledgeBaseException(origin + ": entity '" + e.id() + "' refers to unknown entity '"
                            + r + "'");
                }
            }
        }
        return this;
    }

    /**
     * Reads additions meant to be layered over {@code base}: their references may point at base entities.
     */
    public static KnowledgeBase readAdditions(InputStream in, String origin, KnowledgeBase base)
            throws IOException, KnowledgeBaseException {
        return new KnowledgeBase(parse(in, origin)).checked(origin, base.byId.keySet());
    }

    private static Map<String, Entity> parse(InputStream in, String origin) throws KnowledgeBaseException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new KnowledgeBaseException(origin + ": not valid JSON");
        }
        if (root == null || !root.isObject() || !root.path("entities").isArray()) {
            throw new KnowledgeBaseException(origin + ": expected an object with an 'entities' array");
        }
        Map<String, Entity> byId = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : root.get("entities")) {
            Entity e = parseEntity(node, origin + ": entities[" + index + "]");
            if (byId.put(e.id(), e) != null) {
                throw new KnowledgeBaseException(origin + ": duplicate entity id '" + e.id() + "'");
            }
            index++;
        }
        return byId;
    }

    private static Entity parseEntity(JsonNode n, String where) throws KnowledgeBaseException {
        if (!n.isObject()) {
            throw new KnowledgeBaseException(where + ": expected an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new KnowledgeBaseException(where + ": unknown key '" + f + "'");
            }
        }
        String id = text(n, "id", where, true);
        String w = where + " ('" + id + "')";
        String name = text(n, "name", w, true);
        EntityType type;
        try {
            type = EntityType.parse(text(n, "type", w, true));
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(w + ": " + e.getMessage());
        }
        LocalDate from = date(text(n, "from", w, false), w + ": 'from'", true);
        LocalDate to = date(text(n, "to", w, false), w + ": 'to'", false);
        if (from != null && to != null && to.isBefore(from)) {
            throw new KnowledgeBaseException(w + ": 'to' is before 'from'");
        }
        TimeInterval period = from == null && to == null ? null : new TimeInterval(from, to);
        String capitalOf = text(n, "capitalOf", w, false);
        return new Entity(id, name, type, list(n, "aliases", w), list(n, "demonyms", w), period,
                list(n, "partOf", w), list(n, "succeededBy", w), capitalOf);
    }

    private static String text(JsonNode n, String field, String where, boolean required) throws KnowledgeBaseException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new KnowledgeBaseException(where + ": missing '" + field + "'");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new KnowledgeBaseException(where + ": '" + field + "' must be a non-empty string");
        }
        return v.asText();
    }

    private static List<String> list(JsonNode n, String field, String where) throws KnowledgeBaseException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new KnowledgeBaseException(where + ": '" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual() || x.asText().isBlank()) {
                throw new KnowledgeBaseException(where + ": '" + field + "' must hold non-empty strings");
            }
            out.add(x.asText());
        }
        return out;
    }

    /** "1922", "1922-12" or "1922-12-30"; a bare year means its first day for a start, its last for an end. */
    private static LocalDate date(String s, String where, boolean start) throws KnowledgeBaseException {
        if (s == null) {
            return null;
        }
        Optional<TimeInterval> t = TimeInterval.ofValue(s);
        if (t.isEmpty() || !s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new KnowledgeBaseException(where + " must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + s + "'");
        }
        return start ? t.get().from() : t.get().to();
    }

    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Entity> entities() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** Entities that {@code surface} names exactly (case-sensitive), in id order. */
    public List<Entity> named(String surface) {
        return names.getOrDefault(surface, List.of());
    }

    /** Entities whose demonym is {@code surface} exactly. */
    public List<Entity> demonymOf(String surface) {
        return demonyms.getOrDefault(surface, List.of());
    }

    /** The length of the longest name or demonym, which bounds the linker's look-ahead. */
    public int longestName() {
        return longestName;
    }

    /**
     * How {@code a} relates to {@code b}. A capital stands for its state here, as in "talks between
     * Pyongyang and Hanoi".
     */
    public EntityRelation relate(Entity a, Entity b) {
        Entity x = governmentOf(a);
        Entity y = governmentOf(b);
        if (x.id().equals(y.id())) {
            return EntityRelation.SAME;
        }
        if (ancestors(y, true).contains(x.id())) {
            return EntityRelation.BROADER;
        }
        if (ancestors(x, true).contains(y.id())) {
            return EntityRelation.NARROWER;
        }
        if (ancestors(x, false).contains(y.id()) || ancestors(y, false).contains(x.id())) {
            return EntityRelation.SUCCESSION;
        }
        return EntityRelation.DIFFERENT;
    }

    /**
     * The id at the end of an entity's line of succession (its first successor, followed to the last):
     * the same for a state and the states it became.
     */
    public String lineage(Entity e) {
        Entity cur = e;
        for (int i = 0; i < 8 && !cur.succeededBy().isEmpty(); i++) {
            Entity next = byId.get(cur.succeededBy().get(0));
            if (next == null) {
                break;
            }
            cur = next;
        }
        return cur.id();
    }

    /** The state a capital stands for, else the entity itself. */
    public Entity governmentOf(Entity e) {
        return e.capitalOf() == null ? e : byId.getOrDefault(e.capitalOf(), e);
    }

    /** Transitive {@code partOf} (when {@code containment}) or {@code succeededBy} closure. */
    private Set<String> ancestors(Entity e, boolean containment) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(containment ? e.partOf() : e.succeededBy());
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                Entity next = byId.get(id);
                if (next != null) {
                    todo.addAll(containment ? next.partOf() : next.succeededBy());
                }
            }
        }
        return seen;
    }
}
