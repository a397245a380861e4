package dev.recon.fuzz;

import static dev.recon.fuzz.FuzzSupport.withinLimit;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recon.kb.Entity;
import dev.recon.kb.KnowledgeBase;
import dev.recon.kb.KnowledgeBaseException;
import java.io.ByteArrayInputStream;

/**
 * The {@code --kb} parser on arbitrary bytes: it accepts a knowledge base or refuses it with a
 * {@link KnowledgeBaseException}; nothing else escapes, and an accepted one can be layered over the
 * bundled one and queried.
 */
class KnowledgeBaseFuzzTest {

    private static final KnowledgeBase EMBEDDED = KnowledgeBase.embedded();

    /** JSON's own tokens (as in libFuzzer's json.dict) and the fields of an entity. */
    @DictionaryEntries({"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "null", "true", "false", "-1", "\"\"",
        "\"entities\"", "\"id\"", "\"name\"", "\"type\"", "\"aliases\"", "\"demonyms\"", "\"from\"", "\"to\"",
        "\"partOf\"", "\"succeededBy\"", "\"capital\"", "\"capitalOf\"", "\"state\"", "\"city\"", "\"1922-12-30\""})
    @FuzzTest
    void readAdditions(byte[] data) {
        withinLimit(() -> {
            KnowledgeBase additions;
            try {
                additions = KnowledgeBase.readAdditions(new ByteArrayInputStream(data), "fuzz.json", EMBEDDED);
            } catch (KnowledgeBaseException refused) {
                return;
            }
            use(EMBEDDED.with(additions), additions);
        });
    }

    @FuzzTest
    void read(byte[] data) {
        withinLimit(() -> {
            KnowledgeBase kb;
            try {
                kb = KnowledgeBase.read(new ByteArrayInputStream(data), "fuzz.json");
            } catch (KnowledgeBaseException refused) {
                return;
            }
            use(kb, kb);
        });
    }

    /**
     * Relations follow references, which user data can make cyclic. Only the read entities are paired:
     * every pair of the bundled ones is the same work for every input.
     */
    private static void use(KnowledgeBase kb, KnowledgeBase read) {
        for (Entity a : read.entities()) {
            Entity layered = kb.get(a.id()).orElseThrow();
            kb.lineage(layered);
            kb.named(layered.name());
            for (Entity b : read.entities()) {
                kb.relate(layered, kb.get(b.id()).orElseThrow());
            }
        }
    }
}
