package dev.recon.kb.build;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashSet;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * CLDR's English names of a territory through ICU4J: the standard name, the short form ("UK") and the
 * variant ("Ivory Coast", "Swaziland"). Names that CLDR writes with a qualifier in parentheses or after a
 * dash ("Congo - Kinshasa", "Congo (DRC)") are display labels, not names found in running text, and are
 * left out. Also the territory aliases (BU -> MM) that say which current code replaced a former one.
 */
final class CldrNames {

    private final LocaleDisplayNames standard = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
    private final UResourceBundle regionNames = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME,
            ULocale.ENGLISH);

    /** "cldr-46": the CLDR release ICU carries, so that the provenance names the data's version. */
    String sourceId() {
        return "cldr-" + LocaleData.getCLDRVersion().getMajor();
    }

    Set<String> names(String code) {
        Set<String> out = new LinkedHashSet<>();
        add(out, standard.regionDisplayName(code));
        table("Countries%short", code).ifPresent(n -> add(out, n));
        table("Countries%variant", code).ifPresent(n -> add(out, n));
        return out;
    }

    private Optional<String> table(String table, String code) {
        try {
            return Optional.of(regionNames.get(table).getString(code));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static void add(Set<String> out, String name) {
        if (name != null && !name.contains("(") && !name.contains(" - ") && !name.contains(" SAR ")) {
            out.add(name);
            // texts write the apostrophe both ways: "Côte d’Ivoire" and "Côte d'Ivoire"
            out.add(name.replace('’', '\''));
        }
    }

    /**
     * The current code CLDR maps a former code to ("BU" -> "MM"), or the code itself when CLDR keeps it
     * as a region of its own or deprecates it without one successor.
     */
    String currentCode(String formerCode) {
        return Region.getInstance(formerCode).toString();
    }
}
