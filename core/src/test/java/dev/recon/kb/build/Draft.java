package dev.recon.kb.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An entity while the generator assembles it from several sources; mutable, never leaves the package. */
final class Draft {

    /** One name with its period (null ends: open) and the sources that give it. */
    static final class Name {
        String from;
        String to;
        final Set<String> sources = new LinkedHashSet<>();

        boolean dated() {
            return from != null || to != null;
        }
    }

    final String id;
    String type;
    /** name text -> name, the canonical name first. */
    final Map<String, Name> names = new LinkedHashMap<>();
    final List<String> demonyms = new ArrayList<>();
    String from;
    String to;
    final List<String> partOf = new ArrayList<>();
    final List<String> succeededBy = new ArrayList<>();
    String capital;
    String capitalOf;
    String note;
    final Set<String> sources = new LinkedHashSet<>();

    Draft(String id) {
        this.id = id;
    }

    /** The name written {@code text}, added (undated, after the others) if the entity lacks it. */
    Name name(String text) {
        return names.computeIfAbsent(text, t -> new Name());
    }

    String canonical() {
        return names.keySet().iterator().next();
    }
}
