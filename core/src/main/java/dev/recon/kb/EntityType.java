package dev.recon.kb;

import java.util.Locale;

/** What kind of thing an entity is. */
public enum EntityType {
    /** A sovereign state, current or historical. */
    STATE,
    /** A geographic or national region that outlives states: "Korea", "Indochina". */
    REGION,
    CITY,
    ORGANIZATION,
    PARTY,
    PERSON,
    /** A war, treaty, crisis or other dated happening. */
    EVENT,
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityType parse(String s) {
        for (EntityType t : values()) {
            if (t.id().equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + s
                + "' (expected state, region, city, organization, party, person, event or other)");
    }
}
