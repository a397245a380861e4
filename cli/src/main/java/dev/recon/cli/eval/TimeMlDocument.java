package dev.recon.cli.eval;

import dev.recon.model.Span;
import dev.recon.model.Timex;
import dev.recon.model.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document reduced to what timex evaluation needs: the plain text of its {@code <TEXT>} with
 * all markup stripped, the gold TIMEX3 spans in that text, and the document creation time.
 *
 * @param id    the DOCID
 * @param dct   the creation time, from the {@code <DCT>} TIMEX3
 * @param text  the TEXT content without tags, entities decoded
 * @param gold  the TIMEX3 annotations inside TEXT, in text order
 */
public record TimeMlDocument(String id, LocalDate dct, String text, List<Timex> gold) {

    /**
     * The TIMEX3 inside DCT, read from where {@code <DCT>} is found by {@link String#indexOf}: the elements
     * are cut out by hand, since a lazy {@code (.*?)} from every opening tag to a missing closing one is
     * quadratic in the number of such tags.
     */
    private static final Pattern DCT = Pattern.compile("\\s*+<TIMEX3[^>]*?value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*+\"");
    /** A tag or an entity. XML allows no '<' inside a tag, so a long run of '<' is not scanned once per '<'. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]++)([^<>]*+)>|&(amp|lt|gt|quot|apos);");
    /** An attribute. Its name starts after a non-letter: a long run of letters is scanned once, not once per letter. */
    private static final Pattern ATTR = Pattern.compile("(?<![A-Za-z])([A-Za-z]++)=\"([^\"]*+)\"");

    public TimeMlDocument {
        gold = List.copyOf(gold);
    }

    /** Parses TimeML; fails with a message naming what is missing. */
    public static TimeMlDocument parse(String xml, String origin) {
        String id = element(xml, "DOCID");
        String raw = element(xml, "TEXT");
        int dctAt = xml.indexOf("<DCT>");
        Matcher dct = DCT.matcher(xml);
        if (dctAt < 0 || !dct.region(dctAt + "<DCT>".length(), xml.length()).lookingAt() || raw == null) {
            throw new IllegalArgumentException(origin + ": not TimeML with a <DCT> TIMEX3 and a <TEXT>");
        }
        StringBuilder plain = new StringBuilder();
        List<Timex> gold = new ArrayList<>();
        Map<String, String> open = null;
        int openAt = -1;
        int last = 0;
        Matcher m = TAG.matcher(raw);
        while (m.find()) {
            plain.append(raw, last, m.start());
            last = m.end();
            if (m.group(4) != null) {
                plain.append(switch (m.group(4)) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "quot" -> '"';
                    default -> '\'';
                });
                continue;
            }
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open = attributes(m.group(3));
                openAt = plain.length();
            } else if (open != null) {
                Span span = new Span(openAt, plain.length());
                if (!"t0".equals(open.get("tid"))) {
                    gold.add(new Timex(span, span.of(plain), TimexType.valueOf(open.getOrDefault("type", "DATE")),
                            open.getOrDefault("value", "?"), open.getOrDefault("mod", "")));
                }
                open = null;
            }
        }
        plain.append(raw.substring(last));
        return new TimeMlDocument(id != null ? id.strip() : origin, LocalDate.parse(dct.group(1)), plain.toString(), gold);
    }

    /** The content of the first {@code <NAME>} element, or null when it is missing or not closed. */
    private static String element(String xml, String name) {
        String open = "<" + name + ">";
        int from = xml.indexOf(open);
        int to = from < 0 ? -1 : xml.indexOf("</" + name + ">", from + open.length());
        return to < 0 ? null : xml.substring(from + open.length(), to);
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher a = ATTR.matcher(s);
        while (a.find()) {
            out.put(a.group(1), a.group(2));
        }
        return out;
    }
}
