package dev.recon.kb.build;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the embedded knowledge base from its inputs in {@code core/src/kb-data}. The order of the steps
 * is the order of trust: the recon 0.1 base, then the curated history (which replaces base entries), the
 * curated formation dates of current states, the names of ISO 3166-1 and CLDR, WordNet's synonyms, the
 * curated dated names, and last the check that every ISO 3166-3 former country is accounted for.
 * Same inputs, same bytes: entities are written in id order and every list in the order its source gives.
 */
public final class KnowledgeBaseGenerator {

    static final String BASE = "recon-0.1";
    static final String ISO_3166_1 = "iso-3166-1";
    static final String ISO_3166_3 = "iso-3166-3";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final Dictionary wordNet;
    private final CldrNames cldr = new CldrNames();
    private final Map<String, Draft> drafts = new TreeMap<>();

    /**
     * @param dataDir the folder with the inputs ({@code core/src/kb-data})
     * @param wordNet WordNet 3.1, as extJWNL loads it
     */
    public KnowledgeBaseGenerator(Path dataDir, Dictionary wordNet) {
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("no knowledge-base data folder at " + dataDir);
        }
        this.dataDir = dataDir;
        this.wordNet = wordNet;
    }

    /** The knowledge base as the bytes of {@code entities.json}, UTF-8 text ending in a newline. */
    public String generate() throws IOException, JWNLException {
        drafts.clear();
        readEntities("base.json", BASE, false);
        readEntities("history.json", null, true);
        Map<String, String> codes = readStates();
        addIsoNames(codes);
        addCldrNames(codes);
        addWordNetNames();
        addDatedNames();
        checkFormerCountries(codes);
        checkReferences();
        return render();
    }

    private void readEntities(String file, String source, boolean replaces) throws IOException {
        JsonNode root = JSON.readTree(dataDir.resolve(file).toFile());
        for (JsonNode n : root.get("entities")) {
            String id = n.get("id").asText();
            if (!replaces && drafts.containsKey(id)) {
                throw new IllegalArgumentException(file + ": duplicate id '" + id + "'");
            }
            Draft d = new Draft(id);
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                switch (f.getKey()) {
                    case "id" -> { }
                    case "type" -> d.type = v.asText();
                    case "name" -> d.name(v.asText());
                    case "aliases" -> v.forEach(a -> d.name(a.asText()));
                    case "demonyms" -> v.forEach(a -> d.demonyms.add(a.asText()));
                    case "from" -> d.from = v.asText();
                    case "to" -> d.to = v.asText();
                    case "partOf" -> v.forEach(a -> d.partOf.add(a.asText()));
                    case "succeededBy" -> v.forEach(a -> d.succeededBy.add(a.asText()));
                    case "capital" -> d.capital = v.asText();
                    case "capitalOf" -> d.capitalOf = v.asText();
                    case "note" -> d.note = v.asText();
                    case "cite" -> d.sources.add(curated(v.asText()));
                    default -> throw new IllegalArgumentException(file + ": entity '" + id + "': unknown key '"
                            + f.getKey() + "'");
                }
            }
            if (source != null) {
                d.sources.add(source);
            }
            if (d.names.isEmpty() || d.type == null) {
                throw new IllegalArgumentException(file + ": entity '" + id + "' needs a name and a type");
            }
            drafts.put(id, d);
        }
    }

    /** Formation dates of current states; returns their ISO 3166-1 codes by id. */
    private Map<String, String> readStates() throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String[] r : Tsv.read(dataDir.resolve("states.tsv"))) {
            Draft d = draft(r[1], "states.tsv");
            if (!"state".equals(d.type) || d.to != null) {
                throw new IllegalArgumentException("states.tsv: '" + r[1] + "' is not a current state");
            }
            d.from = r[2];
            d.sources.add(curated(r[3] + " (" + r[4] + ")"));
            if (codes.containsValue(r[0])) {
                throw new IllegalArgumentException("states.tsv: code " + r[0] + " given twice");
            }
            codes.put(r[1], r[0]);
        }
        for (Draft d : drafts.values()) {
            if ("state".equals(d.type) && d.to == null && !codes.containsKey(d.id)) {
                throw new IllegalArgumentException("states.tsv has no formation date for current state '" + d.id + "'");
            }
        }
        return codes;
    }

    /**
     * ISO 3166-1's short and official names of each current state. ISO writes some names inverted for
     * sorting ("Korea, Republic of") or with a qualifier in parentheses: those are not running text.
     */
    private void addIsoNames(Map<String, String> codes) throws IOException {
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode c : JSON.readTree(dataDir.resolve("iso_3166-1.json").toFile()).get("3166-1")) {
            byCode.put(c.get("alpha_2").asText(), c);
        }
        codes.forEach((id, code) -> {
            JsonNode c = byCode.get(code);
            if (c == null) {
                if (!code.startsWith("X")) {
                    throw new IllegalArgumentException("ISO 3166-1 has no code " + code + " for '" + id + "'");
                }
                return; // a user-assigned code (XK): ISO 3166-1 has no entry
            }
            Draft d = drafts.get(id);
            d.sources.add(ISO_3166_1);
            for (String field : List.of("name", "official_name", "common_name")) {
                JsonNode v = c.get(field);
                if (v != null && !v.asText().contains(",") && !v.asText().contains("(")) {
                    addName(d, v.asText());
                }
            }
        });
    }

    private void addCldrNames(Map<String, String> codes) {
        codes.forEach((id, code) -> {
            Draft d = drafts.get(id);
            Set<String> names = cldr.names(code);
            if (names.isEmpty()) {
                return;
            }
            d.sources.add(cldr.sourceId());
            names.forEach(n -> addName(d, n));
        });
    }

    /**
     * A synset maps to the state whose canonical name is WordNet's head word for it, when exactly one
     * state has it; its other synonyms become names unless the review rejects them.
     */
    private void addWordNetNames() throws IOException, JWNLException {
        Map<String, String> rejected = new HashMap<>();
        for (String[] r : Tsv.read(dataDir.resolve("wordnet-review.tsv"))) {
            rejected.put(Long.parseLong(r[0]) + "\t" + r[1], r[2]);
        }
        Map<String, List<Draft>> byCanonical = new HashMap<>();
        for (Draft d : drafts.values()) {
            if ("state".equals(d.type)) {
                byCanonical.computeIfAbsent(d.canonical(), k -> new ArrayList<>()).add(d);
            }
        }
        for (WordNetCountries.Country c : new WordNetCountries(wordNet).countries()) {
            List<Draft> match = byCanonical.getOrDefault(c.lemmas().get(0), List.of());
            if (match.size() != 1 || rejected.containsKey(c.offset() + "\t*")) {
                continue;
            }
            Draft d = match.get(0);
            d.sources.add(WordNetCountries.sourceId());
            for (String lemma : c.lemmas()) {
                if (!rejected.containsKey(c.offset() + "\t" + lemma)) {
                    addName(d, lemma);
                }
            }
        }
    }

    /**
     * A name from a data set joins the entity unless another entity already bears it (WordNet lists
     * "Gold Coast" beside "Ghana" and "Russia" beside "Soviet Union", names that belong to the colony and
     * to the successor state), or unless it is part of another state's name: ISO's "Congo" for the
     * Republic of the Congo would also catch "the Congo" meant for the Democratic Republic.
     */
    private void addName(Draft d, String text) {
        if (d.names.containsKey(text)) {
            return;
        }
        Pattern inside = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(text) + "(?![\\p{L}\\d])");
        for (Draft other : drafts.values()) {
            if (other == d) {
                continue;
            }
            for (String name : other.names.keySet()) {
                if (name.equals(text) || "state".equals(other.type) && inside.matcher(name).find()) {
                    return;
                }
            }
        }
        d.name(text);
    }

    private void addDatedNames() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String[] r : Tsv.read(dataDir.resolve("renames.tsv"))) {
            if (!seen.add(r[0] + "\t" + r[1])) {
                throw new IllegalArgumentException("renames.tsv: '" + r[1] + "' of '" + r[0] + "' is dated twice");
            }
            Draft.Name n = draft(r[0], "renames.tsv").name(r[1]);
            n.from = r[2].isEmpty() ? null : r[2];
            n.to = r[3].isEmpty() ? null : r[3];
            if (!n.dated()) {
                throw new IllegalArgumentException("renames.tsv: '" + r[1] + "' has neither a start nor an end");
            }
            n.sources.add(curated(r[4]));
        }
    }

    /**
     * Every ISO 3166-3 entry is either held (the entity that bore the name, and the name) or said not to
     * be modelled; where its alpha-4 code names a successor (BUMM: Burma became MM) and CLDR agrees, that
     * successor must be the entity itself (a rename) or among its successors.
     */
    private void checkFormerCountries(Map<String, String> codes) throws IOException {
        Map<String, String> idByCode = new HashMap<>();
        codes.forEach((id, code) -> idByCode.put(code, id));
        Map<String, String[]> mapped = new HashMap<>();
        for (String[] r : Tsv.read(dataDir.resolve("iso-3166-3.tsv"))) {
            mapped.put(r[0], r);
        }
        for (JsonNode c : JSON.readTree(dataDir.resolve("iso_3166-3.json").toFile()).get("3166-3")) {
            String alpha4 = c.get("alpha_4").asText();
            String[] r = mapped.remove(alpha4);
            if (r == null) {
                throw new IllegalArgumentException("iso-3166-3.tsv does not account for " + alpha4 + " ("
                        + c.get("name").asText() + ")");
            }
            if (r[1].isEmpty()) {
                if (r[3].isEmpty()) {
                    throw new IllegalArgumentException("iso-3166-3.tsv: " + alpha4 + " needs an entity or a reason");
                }
                continue;
            }
            Draft d = draft(r[1], "iso-3166-3.tsv");
            Draft.Name name = d.names.get(r[2]);
            if (name == null) {
                throw new IllegalArgumentException("iso-3166-3.tsv: '" + r[1] + "' has no name '" + r[2] + "'");
            }
            String source = ISO_3166_3 + ":" + alpha4;
            name.sources.add(source);
            d.sources.add(source);
            String successor = idByCode.get(alpha4.substring(2));
            String former = c.get("alpha_2").asText();
            if (successor != null && cldr.currentCode(former).equals(alpha4.substring(2))
                    && !successor.equals(d.id) && !successorsOf(d).contains(successor)) {
                throw new IllegalArgumentException("ISO 3166-3 " + alpha4 + " and CLDR say " + former + " became "
                        + successor + ", but '" + d.id + "' is neither that state nor succeeded by it");
            }
        }
        if (!mapped.isEmpty()) {
            throw new IllegalArgumentException("iso-3166-3.tsv lists codes ISO 3166-3 does not: " + mapped.keySet());
        }
    }

    private Set<String> successorsOf(Draft d) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(d.succeededBy);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (out.add(id) && drafts.containsKey(id)) {
                todo.addAll(drafts.get(id).succeededBy);
            }
        }
        return out;
    }

    private void checkReferences() {
        for (Draft d : drafts.values()) {
            List<String> refs = new ArrayList<>(d.partOf);
            refs.addAll(d.succeededBy);
            if (d.capitalOf != null) {
                refs.add(d.capitalOf);
            }
            for (String r : refs) {
                if (!drafts.containsKey(r)) {
                    throw new IllegalArgumentException("'" + d.id + "' refers to unknown entity '" + r + "'");
                }
            }
        }
    }

    private Draft draft(String id, String file) {
        Draft d = drafts.get(id);
        if (d == null) {
            throw new IllegalArgumentException(file + ": unknown entity '" + id + "'");
        }
        return d;
    }

    static String curated(String citation) {
        return "curated: " + citation;
    }

    private String render() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", 2);
        root.put("name", "recon embedded knowledge base");
        root.put("description", "General entities of history: every current sovereign state with its formation date, "
                + "capital and demonyms; historical states, colonies and Soviet republics with their periods and "
                + "successors; every name with the period in which it was used; regions, international organisations, "
                + "parties, leaders and wars. Generated by dev.recon.kb.build.KnowledgeBaseGenerator from "
                + "core/src/kb-data; do not edit by hand.");
        ObjectNode sources = root.putObject("sources");
        sources.put(BASE, "The hand-compiled knowledge base of recon 0.1: periods from Wikidata's inception (P571), "
                + "dissolved (P576) and lifetime statements, demonyms from the CIA World Factbook 'nationality' field "
                + "(core/src/kb-data/base.json)");
        sources.put(ISO_3166_1, "ISO 3166-1 country names as published in Debian's iso-codes 4.15.0 (LGPL-2.1)");
        sources.put(ISO_3166_3, "ISO 3166-3 former country names as published in Debian's iso-codes 4.15.0 "
                + "(LGPL-2.1); the suffix is the entry's alpha-4 code");
        sources.put(cldr.sourceId(), "Unicode CLDR English territory names and territory aliases, through ICU4J "
                + com.ibm.icu.util.VersionInfo.ICU_VERSION + " (Unicode License)");
        sources.put(WordNetCountries.sourceId(), "Princeton WordNet 3.1 instance nouns of countries, through "
                + "extJWNL (WordNet License)");
        sources.put("curated", "Hand-curated facts in core/src/kb-data, each followed by its act or event and reference");
        ArrayNode entities = root.putArray("entities");
        for (Draft d : drafts.values()) {
            entities.add(render(d));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        return JSON.writer(printer).writeValueAsString(root) + "\n";
    }

    private ObjectNode render(Draft d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id);
        boolean first = true;
        ArrayNode aliases = JSON.createArrayNode();
        for (Map.Entry<String, Draft.Name> e : d.names.entrySet()) {
            if (first) {
                if (e.getValue().dated()) {
                    n.set("name", renderName(e.getKey(), e.getValue()));
                } else {
                    n.put("name", e.getKey());
                }
                n.put("type", d.type);
                first = false;
            } else if (e.getValue().dated()) {
                aliases.add(renderName(e.getKey(), e.getValue()));
            } else {
                aliases.add(e.getKey());
            }
        }
        if (!aliases.isEmpty()) {
            n.set("aliases", aliases);
        }
        strings(n, "demonyms", d.demonyms);
        if (d.from != null) {
            n.put("from", d.from);
        }
        if (d.to != null) {
            n.put("to", d.to);
        }
        strings(n, "partOf", d.partOf);
        strings(n, "succeededBy", d.succeededBy);
        if (d.capital != null) {
            n.put("capital", d.capital);
        }
        if (d.capitalOf != null) {
            n.put("capitalOf", d.capitalOf);
        }
        if (d.note != null) {
            n.put("note", d.note);
        }
        strings(n, "sources", d.sources);
        return n;
    }

    private static ObjectNode renderName(String text, Draft.Name name) {
        ObjectNode n = JSON.createObjectNode();
        n.put("text", text);
        if (name.from != null) {
            n.put("from", name.from);
        }
        if (name.to != null) {
            n.put("to", name.to);
        }
        strings(n, "sources", name.sources);
        return n;
    }

    private static void strings(ObjectNode n, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }
}
