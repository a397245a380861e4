package dev.recon.model;

import java.util.Objects;
import java.util.Set;

/**
 * A class of happenings named by different words: "merge", "reunification" and "unite" are one class.
 *
 * @param id     stable name of the class
 * @param once   true for what happens to the same participants only once (a founding, a death, a
 *               reunification), so that two different dates for it cannot both be right
 * @param lemmas the verbs and nouns that name it
 */
public record EventClass(String id, boolean once, Set<String> lemmas) {

    public EventClass {
        Objects.requireNonNull(id, "id");
        lemmas = Set.copyOf(lemmas);
    }
}
