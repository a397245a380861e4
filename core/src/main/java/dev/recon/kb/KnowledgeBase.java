package dev.recon.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.model.TimeInterval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            "partOf", "succeededBy", "capital", "capitalOf", "note", "sources");
    private static final Set<String> NAME_FIELDS = Set.of("text", "from", "to", "sources", "note");
    /** The format versions this reader understands: 2 added dated names and sources to version 1. */
    private static final Set<Integer> FORMAT_VERSIONS = Set.of(1, 2);
    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, the year astronomical: {@code -0026} is 27 BC. */
    private static final Pattern ISO_DATE = Pattern.compile("(-?)(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** {@code 27 BC} or {@code 27 BCE}: the whole year, written as historians do. */
    private static final Pattern BC_YEAR = Pattern.compile("([1-9]\\d{0,3}) BCE?");

    private final Map<String, Entity> byId;
    /** surface form -> entities it may name, in id order; demonyms live in their own map. */
    private final Map<String, List<Entity>> names;
    private final Map<String, List<Entity>> demonyms;
    private final int longestName;
    /** For each id, the entities that it succeeded, in id order. */
    private final Map<String, List<Entity>> predecessors;

    private KnowledgeBase(Map<String, Entity> byId) {
        this.byId = Map.copyOf(byId);
        Map<String, List<Entity>> n = new TreeMap<>();
        Map<String, List<Entity>> d = new TreeMap<>();
        int longest = 0;
        Map<String, List<Entity>> before = new HashMap<>();
        for (Entity e : new TreeMap<>(byId).values()) {
            for (String s : e.succeededBy()) {
                before.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
            }
            Set<String> own = new HashSet<>();
            for (EntityName name : e.names()) {
                own.add(name.text());
            }
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
        before.replaceAll((k, v) -> List.copyOf(v));
        this.predecessors = Map.copyOf(before);
    }

    /** The entities that {@code e} succeeded: the Gold Coast for Ghana, the Soviet Union for Russia. */
    public List<Entity> predecessors(Entity e) {
        return predecessors.getOrDefault(e.id(), List.of());
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
        JsonNode version = root.get("formatVersion");
        if (version != null && !(version.isInt() && FORMAT_VERSIONS.contains(version.asInt()))) {
            throw new KnowledgeBaseException(origin + ": 'formatVersion' must be 1 or 2, not " + version);
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
        if (n.get("name") == null || n.get("name").isNull()) {
            throw new KnowledgeBaseException(w + ": missing 'name'");
        }
        List<EntityName> names = new ArrayList<>();
        names.add(name(n.get("name"), w + ": 'name'"));
        JsonNode aliases = n.get("aliases");
        if (aliases != null && !aliases.isNull()) {
            if (!aliases.isArray()) {
                throw new KnowledgeBaseException(w + ": 'aliases' must be an array of names");
            }
            for (int i = 0; i < aliases.size(); i++) {
                names.add(name(aliases.get(i), w + ": 'aliases'[" + i + "]"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (EntityName name : names) {
            if (!seen.add(name.text())) {
                throw new KnowledgeBaseException(w + ": the name '" + name.text() + "' is listed twice");
            }
        }
        EntityType type;
        try {
            type = EntityType.parse(text(n, "type", w, true));
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(w + ": " + e.getMessage());
        }
        TimeInterval period = period(n, w);
        String capitalOf = text(n, "capitalOf", w, false);
        return new Entity(id, type, names, list(n, "demonyms", w), period, list(n, "partOf", w),
                list(n, "succeededBy", w), capitalOf, list(n, "sources", w));
    }

    /** A name: a plain string, or an object with its text, its period and its sources. */
    private static EntityName name(JsonNode v, String where) throws KnowledgeBaseException {
        if (v.isTextual()) {
            if (v.asText().isBlank()) {
                throw new KnowledgeBaseException(where + " must be a non-empty string");
            }
            return EntityName.of(v.asText());
        }
        if (!v.isObject()) {
            throw new KnowledgeBaseException(where + " must be a string or an object with 'text'");
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!NAME_FIELDS.contains(f)) {
                throw new KnowledgeBaseException(where + ": unknown key '" + f + "'");
            }
        }
        String text = text(v, "text", where, true);
        return new EntityName(text, period(v, where + " ('" + text + "')"), list(v, "sources", where));
    }

    /** The period that an object's {@code from} and {@code to} give, or null when it has neither. */
    private static TimeInterval period(JsonNode n, String where) throws KnowledgeBaseException {
        LocalDate from = date(text(n, "from", where, false), where + ": 'from'", true);
        LocalDate to = date(text(n, "to", where, false), where + ": 'to'", false);
        if (from != null && to != null && to.isBefore(from)) {
            throw new KnowledgeBaseException(where + ": 'to' is before 'from'");
        }
        return from == null && to == null ? null : new TimeInterval(from, to);
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

    /**
     * "1922", "1922-12" or "1922-12-30", with an astronomical year ("-0026", year 0 being 1 BC) or "27 BC"
     * for a date before the common era; a year or month means its first day for a start, its last for
     * an end.
     */
    static LocalDate date(String s, String where, boolean start) throws KnowledgeBaseException {
        if (s == null) {
            return null;
        }
        Matcher bc = BC_YEAR.matcher(s);
        if (bc.matches()) {
            int year = 1 - Integer.parseInt(bc.group(1));
            return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        Matcher m = ISO_DATE.matcher(s);
        if (!m.matches()) {
            throw new KnowledgeBaseException(where + " must be YYYY, YYYY-MM or YYYY-MM-DD (-YYYY or 'N BC' before"
                    + " the common era), not '" + s + "'");
        }
        int year = Integer.parseInt(m.group(2)) * (m.group(1).isEmpty() ? 1 : -1);
        if (m.group(3) == null) {
            return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        int month = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new KnowledgeBaseException(where + " has no month " + m.group(3) + ": '" + s + "'");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (m.group(4) == null) {
            return start ? ym.atDay(1) : ym.atEndOfMonth();
        }
        int day = Integer.parseInt(m.group(4));
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new KnowledgeBaseException(where + " has no day " + m.group(4) + " in " + ym + ": '" + s + "'");
        }
        return ym.atDay(day);
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
