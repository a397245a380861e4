package dev.recon.time.eval;

import dev.recon.text.Span;
import dev.recon.time.Timex;
import dev.recon.time.TimexType;
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

    private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*(.*?)\\s*</DOCID>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*?value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\"", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);");
    /** An attribute. Its name starts after a non-letter: a long run of letters is scanned once, not once per letter. */
    private static final Pattern ATTR = Pattern.compile("(?<![A-Za-z])([A-Za-z]++)=\"([^\"]*+)\"");

    public TimeMlDocument {
        gold = List.copyOf(gold);
    }

    /** Parses TimeML; fails with a message naming what is missing. */
    public static TimeMlDocument parse(String xml, String origin) {
        Matcher id = DOCID.matcher(xml);
        Matcher dct = DCT.matcher(xml);
        Matcher body = TEXT.matcher(xml);
        if (!dct.find() || !body.find()) {
            throw new IllegalArgumentException(origin + ": not TimeML with a <DCT> TIMEX3 and a <TEXT>");
        }
        String raw = body.group(1);
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
        return new TimeMlDocument(id.find() ? id.group(1) : origin, LocalDate.parse(dct.group(1)), plain.toString(), gold);
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
