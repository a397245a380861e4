package dev.recon.internal.layout;

import dev.recon.model.BlockKind;
import dev.recon.model.CitationMarker;
import dev.recon.model.Reference;
import dev.recon.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into blocks and masks what is not content. Line-based, because web dumps and Markdown
 * both put their furniture on lines of its own. Immutable and thread-safe.
 */
public final class LayoutAnalyzer {

    /**
     * Headings that open back matter: nothing after them is a claim until a heading of the same or a
     * higher level opens a section of content again.
     */
    private static final Pattern BACK_MATTER_HEADING = Pattern.compile(
            "(see also|references|notes|notes and references|footnotes|citations|sources|bibliography"
                    + "|further reading|external links|works cited|related articles|related topics)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Tags: a, b". The blanks around the colon are possessive: {@code \s*:?\s*(.*)} can share a long run
     * of blanks three ways, and tries them all when the line holds a character '.' does not match.
     */
    private static final Pattern META_LABEL = Pattern.compile(
            "(meta[ -]?description|meta[ -]?title|meta[ -]?keywords|keywords|tags|seo title|slug|excerpt)\\s*+(?::\\s*+)?(.*)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "  9. ^ a b Author (2012) ..." as in copied encyclopedia reference lists. The back-link letters are
     * taken possessively: giving one back can never let the rest match, and a plain loop recurses once
     * per letter, which overflows the stack on a long line of them.
     */
    private static final Pattern CARET_REFERENCE = Pattern.compile("^\\s*(\\d{1,4})\\.?\\s*\\^((?:\\s+[a-z]{1,2}\\b)*+)(.*)$");
    /** "[3] Author ..." or "3. Author ..." inside a references section; the blanks before the text are possessive. */
    private static final Pattern PLAIN_REFERENCE = Pattern.compile("^\\s*\\[?(\\d{1,4})[\\].)]\\s*+(.*)$");
    /**
     * An ATX heading. Its optional closing sequence of '#' is cut off in {@link #headingContent}: as a
     * lazy group before {@code \s*#*\s*$} it made the regex quadratic on a long run of '#'.
     */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s++(.*)$");
    /** "**Early years**" or "__Notes:__"; the blanks around the colon are possessive, as in {@link #META_LABEL}. */
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(\\*\\*|__)(.+?)\\1\\s*+(?::\\s*+)?$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-—–_*=~•·|+]+$");
    /** An "Edit" link glued to the end of a heading by a page dump: "Early historyEdit". */
    private static final Pattern GLUED_EDIT = Pattern.compile("(?<=[\\p{Ll})\\]])(Edit|\\[edit\\])$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)([-*+•–—]|\\d{1,3}[.)])\\s+");
    private static final Pattern MARKER = Pattern.compile(
            "\\[(\\d{1,4})\\]|\\[(?:citation needed|clarification needed|dubious|who\\?|when\\?|which\\?|"
                    + "according to whom\\?|by whom\\?|verification needed|better source needed|[a-z]|note \\d+|nb \\d+)\\]",
            Pattern.CASE_INSENSITIVE);
    /**
     * A Markdown link or image. Neither its text nor its address runs past a bracket: otherwise every '['
     * of a long line would scan to the end of the line, which is quadratic.
     */
    private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\[\\]\\n]*+)\\]\\(([^)\\s\\]]*+)(?:\\s++\"[^\"]*+\")?\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\p{L}\\d])[*_](?=\\S)|(?<=\\S)[*_](?![\\p{L}\\d])|`");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>\\n]{0,200}>");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…:;\"”’')\\]]\\s*$");
    /**
     * How a finished sentence ends at the very end of a file. A word glued to "..." or "…" is a teaser
     * cut off by the site, while "...." is a full stop followed by an ellipsis.
     */
    private static final Pattern FINISHED = Pattern.compile(
            "(?:(?<![.\\p{L}\\d])\\.{3}|(?<!\\.)\\.{4,}|[^.…]\\.|[!?]|(?<![\\p{L}\\d])…)[\"”’')\\]»]*\\s*$");
    /** A sentence break: terminal punctuation and space before the next word, or a full stop glued to a capitalised word. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "[.!?…][\"”’')\\]]*\\s+(?=[\"“‘(\\[]?[\\p{Lu}\\d])|(?<=[\\p{Ll}\\d][.!?])(?=\\p{Lu}\\p{Ll})");
    /** Where a clause ends inside a sentence: what comes before it can stand without what follows. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:](?=\\s)|\\s\\(|\\s[-—–]\\s|—");
    /**
     * "date 2023-09-08", "Published: March 4, 2021": a metadata line that text dumps put before the
     * first sentence. Only at the very start of a file. The blanks around the colon are possessive, since
     * two adjacent {@code \s*} and {@code \s+} split a long run of blanks in quadratically many ways.
     */
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\s*(?:date|published|updated|posted)(?:\\s*+:)?\\s++"
                    + "(?:(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
                    + "|(\\p{L}{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "|(\\d{1,2})\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4}))(?![\\d\\p{L}])[\\s,]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A news dateline before the first sentence: "JAKARTA - ", "VATICAN CITY (AP) — ", "LAGOS, Nigeria
     * (Reuters) - ". The place is in capitals; an agency may follow in brackets.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)?"
                    + "(?:\\s*\\([\\p{L}&. ]{2,20}\\))?\\s*[-—–]{1,2}\\s+(?=\\S)");
    /**
     * A photo caption: it credits the picture at its end ("(AP Photo/Jane Doe, File)", "(Photo: Reuters)")
     * or opens with the wire services' "FILE -" mark for archive pictures.
     */
    private static final Pattern CAPTION = Pattern.compile(
            "^\\s*FILE\\s*[-—–]\\s|\\((?:[\\p{L}.]+\\s+)?(?:photo|image|picture|pic|video)s?\\b\\s*[:/][^()]{1,80}\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = months();
    /** A full stop, question or exclamation mark ending a line, perhaps before a closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*\\s*$");
    /** A flattened table has at least this many lines, ... */
    private static final int TABLE_MIN_LINES = 3;
    /** ... of which at least two thirds are cells: unpunctuated lines of at most eight words. */
    private static final int TABLE_CELL_MAX_WORDS = 8;
    private static final int TABLE_CELL_SHARE_NUMERATOR = 2;
    private static final int TABLE_CELL_SHARE_DENOMINATOR = 3;
    /**
     * The level of a heading whose level the text does not show: a bold line, a page dump's
     * "HistoryEdit", a bare "References" line. It ranks below every Markdown level, so it ends back
     * matter opened by another such heading but never back matter opened by a marked heading, inside
     * which it is a sub-label ("**Books**" under "## Further reading").
     */
    private static final int UNMARKED_LEVEL = 7;
    /**
     * A line at least this long that runs on into the next line was most likely broken there by hard
     * wrapping (at 72 or 80 columns, say) rather than ended by its writer: menu items, labels and short
     * list items are shorter.
     */
    private static final int WRAPPED_LINE_MIN = 40;
    /** The byte order mark some editors put at the start of a UTF-8 file; it is no part of the text. */
    private static final char BOM = '\uFEFF';
    /** Back matter level while the text is not in back matter: no heading ranks this low. */
    private static final int NOT_BACK_MATTER = Integer.MAX_VALUE;

    private final List<Pattern> boilerplate;

    private LayoutAnalyzer(List<Pattern> boilerplate) {
        this.boilerplate = List.copyOf(boilerplate);
    }

    /** The analyser with the bundled boilerplate patterns. */
    public static LayoutAnalyzer standard() {
        return new LayoutAnalyzer(readPatterns("boilerplate.txt"));
    }

    private static List<Pattern> readPatterns(String resource) {
        List<Pattern> out = new ArrayList<>();
        try (InputStream in = LayoutAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(Pattern.compile(t, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private record Line(int start, int end, String text) {
        String trimmed() {
            return text.strip();
        }

        boolean blank() {
            return text.isBlank();
        }
    }

    public Layout analyze(String original) {
        List<Block> blocks = new ArrayList<>();
        String text = original;
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            // a file with a byte order mark must read exactly like one without it
            text = " " + text.substring(1);
        }
        Matcher date = LEADING_DATE.matcher(text);
        LocalDate documentDate = null;
        if (date.lookingAt()) {
            documentDate = date(date);
            Span span = new Span(0, date.end()).trim(text);
            blocks.add(new Block(BlockKind.META, span, ""));
            // the rest of the line is analysed as if the date had never been there
            char[] w = text.toCharArray();
            blank(w, 0, date.end());
            text = new String(w);
        }
        List<Line> lines = splitLines(text);
        char[] mask = text.toCharArray();
        char[] flow = original.toCharArray();
        if (flow.length > 0 && flow[0] == BOM) {
            flow[0] = ' ';
        }
        List<CitationMarker> markers = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        String section = "";
        // the level of the heading that opened the back matter we are in
        int backMatterLevel = NOT_BACK_MATTER;
        boolean metaNext = false;
        int i = 0;
        while (i < lines.size()) {
            boolean backMatter = backMatterLevel != NOT_BACK_MATTER;
            Line line = lines.get(i);
            if (line.blank()) {
                i++;
                continue;
            }
            String t = line.trimmed();
            Span span = new Span(line.start, line.end).trim(text);

            Matcher ref = CARET_REFERENCE.matcher(line.text);
            if (ref.matches() || (backMatter && PLAIN_REFERENCE.matcher(line.text).matches())) {
                if (!ref.matches()) {
                    ref = PLAIN_REFERENCE.matcher(line.text);
                    ref.matches();
                }
                int contentGroup = ref.groupCount();
                Span content = new Span(line.start + ref.start(contentGroup), line.start + ref.end(contentGroup)).trim(text);
                references.add(new Reference(Integer.parseInt(ref.group(1)), span, content));
                blocks.add(new Block(BlockKind.REFERENCE, span, section));
                blank(mask, line.start, line.end);
                i++;
                continue;
            }
            if (SEPARATOR.matcher(t).matches()) {
                blocks.add(new Block(BlockKind.SEPARATOR, span, section));
                blank(mask, line.start, line.end);
                i++;
                continue;
            }
            Heading heading = heading(t);
            if (heading != null) {
                Matcher meta = META_LABEL.matcher(heading.text());
                if (meta.matches()) {
                    metaNext = meta.group(2).isBlank();
                    blocks.add(new Block(BlockKind.META, span, section));
                } else {
                    section = heading.text();
                    if (BACK_MATTER_HEADING.matcher(heading.text()).matches()) {
                        backMatterLevel = Math.min(backMatterLevel, heading.level());
                    } else if (heading.level() <= backMatterLevel) {
                        backMatterLevel = NOT_BACK_MATTER;
                    }
                    blocks.add(new Block(backMatterLevel != NOT_BACK_MATTER ? BlockKind.BACK_MATTER : BlockKind.HEADING,
                            span, section));
                }
                blank(mask, line.start, line.end);
                i++;
                continue;
            }
            if (isBoilerplate(t)) {
                blocks.add(new Block(BlockKind.BOILERPLATE, span, section));
                blank(mask, line.start, line.end);
                i++;
                continue;
            }
            Matcher inlineMeta = META_LABEL.matcher(stripEmphasis(t));
            if (inlineMeta.matches() && !inlineMeta.group(2).isBlank() && t.indexOf(':') > 0
                    && t.indexOf(':') < 30) {
                blocks.add(new Block(BlockKind.META, span, section));
                blank(mask, line.start, line.end);
                i++;
                continue;
            }
            // a paragraph: consecutive non-blank lines that are neither headings nor furniture; a list
            // item is a block of its own, since items are separate statements even without full stops
            boolean listItem = LIST_MARKER.matcher(line.text).find();
            int j = i + 1;
            while (j < lines.size() && runsOn(lines.get(j - 1), lines.get(j), listItem)) {
                j++;
            }
            Span para = new Span(line.start, lines.get(j - 1).end).trim(text);
            BlockKind kind;
            if (j == i + 1 && BACK_MATTER_HEADING.matcher(withoutColon(stripEmphasis(t))).matches()) {
                // a bare "References" line opens back matter just as a marked-up heading does
                backMatterLevel = Math.min(backMatterLevel, UNMARKED_LEVEL);
                section = stripEmphasis(t);
                kind = BlockKind.BACK_MATTER;
            } else if (backMatter) {
                kind = BlockKind.BACK_MATTER;
            } else if (metaNext) {
                kind = BlockKind.META;
            } else if (!listItem && (isFragment(para.of(text)) || CAPTION.matcher(para.of(text)).find()
                    || isTable(lines.subList(i, j)))) {
                kind = BlockKind.FRAGMENT;
            } else {
                kind = BlockKind.PARAGRAPH;
            }
            metaNext = false;
            blocks.add(new Block(kind, para, section));
            if (kind == BlockKind.PARAGRAPH) {
                for (int k = i; k < j; k++) {
                    maskInline(text, lines.get(k), k == i, mask, markers);
                    if (k + 1 < j) {
                        // a line break inside a paragraph is a soft one: the analysis reads it as the
                        // space it stands for, so that "Kim\nIl-sung" is one name
                        soften(mask, lines.get(k).end, lines.get(k + 1).start);
                        soften(flow, lines.get(k).end, lines.get(k + 1).start);
                    }
                }
                Matcher dateline = DATELINE.matcher(line.text);
                if (!listItem && dateline.lookingAt()) {
                    blank(mask, line.start, line.start + dateline.end());
                }
            } else {
                blank(mask, para.start(), para.end());
            }
            i = j;
        }
        maskInlineFurniture(text, mask);
        dropCreditedCaptions(text, mask, blocks);
        dropRepeats(text, mask, blocks);
        cutUnfinishedEnding(text, mask, blocks);
        softenCarriageReturns(mask);
        softenCarriageReturns(flow);
        return new Layout(new String(mask), new String(flow), blocks, markers, references,
                Optional.ofNullable(documentDate));
    }

    /**
     * A block that repeats the one before it word for word is page furniture or a copy: a one-sentence
     * pair is a picture's alt text and its caption, or a title and the headline that repeats it, so
     * neither is a statement; of a longer pair, only the second copy goes.
     */
    /** A picture credit on a line of its own: "Zufarov—AFP/Getty Images", "Contunico © ZDF Enterprises". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^[^.!?]{0,60}(?:getty images|\\bafp\\b|reuters|associated press|\\bap photo|\\bepa\\b|shutterstock|©)[^.!?]{0,60}$");

    /** A block whose next line credits a picture is the picture's caption, not a statement. */
    private static void dropCreditedCaptions(String text, char[] mask, List<Block> blocks) {
        for (int k = 0; k < blocks.size(); k++) {
            Block cur = blocks.get(k);
            String own = cur.span().of(text).strip();
            String lastLine = own.substring(own.lastIndexOf('\n') + 1).strip();
            boolean creditInside = own.indexOf('\n') > 0 && CREDIT_LINE.matcher(lastLine).matches();
            boolean creditNext = k + 1 < blocks.size() && CREDIT_LINE.matcher(blocks.get(k + 1).span().of(text).strip()).matches();
            if (cur.kind() != BlockKind.PARAGRAPH || !(creditInside || creditNext)) {
                continue;
            }
            blocks.set(k, new Block(BlockKind.FRAGMENT, cur.span(), cur.section()));
            blank(mask, cur.span().start(), cur.span().end());
        }
    }

    /** "(100 of 760 words)": a preview counter of a paywalled page, inside a line of content. */
    private static final Pattern INLINE_FURNITURE = Pattern.compile("\\(\\s*\\d[\\d,]*\\s+of\\s+\\d[\\d,]*\\s+words\\s*\\)");

    private static void maskInlineFurniture(String text, char[] mask) {
        Matcher m = INLINE_FURNITURE.matcher(text);
        while (m.find()) {
            blank(mask, m.start(), m.end());
        }
    }

    /** The most lower-case letters an abbreviation has after its capital: "Gen", "Sept". */
    private static final int ABBREVIATION_TAIL = 3;

    /** True when the text holds a sentence break that does not follow an abbreviation. */
    private static boolean hasSentenceBreak(String text) {
        Matcher m = SENTENCE_BREAK.matcher(text);
        while (m.find()) {
            if (!abbreviatedBefore(text, m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Aug. 24", "St. Peter", "Gen. Smith": a short capitalised word before a full stop abbreviates.
     * Read back from {@code end} by hand: a regex anchored at the end of the prefix searched the whole
     * prefix once per full stop, which is quadratic.
     */
    private static boolean abbreviatedBefore(String text, int end) {
        int k = end;
        while (k > 0 && end - k <= ABBREVIATION_TAIL && text.charAt(k - 1) >= 'a' && text.charAt(k - 1) <= 'z') {
            k--;
        }
        if (end - k > ABBREVIATION_TAIL || k == 0 || text.charAt(k - 1) < 'A' || text.charAt(k - 1) > 'Z') {
            return false;
        }
        return k == 1 || isRegexSpace(text.charAt(k - 2));
    }

    private static void dropRepeats(String text, char[] mask, List<Block> blocks) {
        for (int k = 1; k < blocks.size(); k++) {
            Block prev = blocks.get(k - 1);
            Block cur = blocks.get(k);
            if (cur.kind() != BlockKind.PARAGRAPH && cur.kind() != BlockKind.FRAGMENT
                    || prev.kind() != BlockKind.PARAGRAPH && prev.kind() != BlockKind.FRAGMENT
                    || !cur.span().of(text).strip().equals(prev.span().of(text).strip())) {
                continue;
            }
            String copy = cur.span().of(text).strip();
            if (!hasSentenceBreak(copy)) {
                blocks.set(k - 1, new Block(BlockKind.FRAGMENT, prev.span(), prev.section()));
                blank(mask, prev.span().start(), prev.span().end());
            }
            blocks.set(k, new Block(BlockKind.FRAGMENT, cur.span(), cur.section()));
            blank(mask, cur.span().start(), cur.span().end());
        }
    }

    /**
     * An excerpt that stops mid-sentence ("...formed a five-member probe c") ends in a clause nobody
     * finished writing: masks that clause, keeping the complete clauses before it in the same sentence.
     * Only the last paragraph of the file can be cut; a list item need not end in a full stop.
     */
    private static void cutUnfinishedEnding(String text, char[] mask, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        int lastIndex = blocks.size() - 1;
        Block last = blocks.get(lastIndex);
        // read the masked paragraph, so that trailing markup and citation markers do not hide its ending
        String para = new String(mask, last.span().start(), last.span().length()).stripTrailing();
        if (last.kind() != BlockKind.PARAGRAPH || last.span().end() != text.stripTrailing().length()
                || LIST_MARKER.matcher(last.span().of(text)).find() || para.isBlank() || FINISHED.matcher(para).find()) {
            return;
        }
        int sentenceStart = 0;
        Matcher br = SENTENCE_BREAK.matcher(para);
        while (br.find()) {
            sentenceStart = br.end();
        }
        int cut = sentenceStart;
        Matcher clause = CLAUSE_BREAK.matcher(para);
        clause.region(sentenceStart, para.length());
        while (clause.find()) {
            cut = clause.start();
        }
        int from = last.span().start() + cut;
        blank(mask, from, last.span().end());
        blocks.remove(lastIndex);
        Span kept = new Span(last.span().start(), from).trim(text);
        if (!kept.isEmpty()) {
            blocks.add(new Block(BlockKind.PARAGRAPH, kept, last.section()));
        }
        blocks.add(new Block(BlockKind.FRAGMENT, new Span(from, last.span().end()).trim(text), last.section()));
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            String month = m.group(4) != null ? m.group(4) : m.group(8);
            String day = m.group(4) != null ? m.group(5) : m.group(7);
            String year = m.group(4) != null ? m.group(6) : m.group(9);
            Integer mm = MONTHS.get(month.toLowerCase(Locale.ROOT));
            return mm == null ? null : LocalDate.of(Integer.parseInt(year), mm, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> out = new HashMap<>();
        for (int k = 0; k < names.length; k++) {
            out.put(names[k], k + 1);
            out.put(names[k].substring(0, 3), k + 1);
        }
        out.put("sept", 9);
        return Map.copyOf(out);
    }

    /**
     * Whether {@code next} continues the block that {@code previous} belongs to. A prose paragraph runs
     * on over every line that is not blank, a heading, a reference or furniture; a list item ends at its
     * own line. Hard wrapping blurs both: it breaks a long list item over lines, and it may start a line
     * of prose with a dash or a number that looks like a list marker. A long line that stops mid-sentence
     * (or, in a list item, any long line) was wrapped, so what follows it belongs with it.
     */
    private boolean runsOn(Line previous, Line next, boolean listItem) {
        if (next.blank() || !continues(next)) {
            return false;
        }
        boolean wrapped = previous.trimmed().length() >= WRAPPED_LINE_MIN;
        if (LIST_MARKER.matcher(next.text).find()) {
            return wrapped && !TERMINAL.matcher(previous.text).find();
        }
        return !listItem || wrapped;
    }

    /** A following line continues a paragraph unless it is a heading, a reference or furniture. */
    private boolean continues(Line next) {
        String t = next.trimmed();
        return heading(t) == null && !SEPARATOR.matcher(t).matches() && !isBoilerplate(t)
                && !CARET_REFERENCE.matcher(next.text).matches();
    }

    /** A heading's text and level: 1 to 6 for Markdown's "#" to "######", else {@link #UNMARKED_LEVEL}. */
    private record Heading(String text, int level) {
    }

    /** The heading when the line is one, else null. */
    private static Heading heading(String t) {
        Matcher md = MARKDOWN_HEADING.matcher(t);
        if (md.matches()) {
            return new Heading(clean(headingContent(md.group(2))), md.group(1).length());
        }
        Matcher bold = BOLD_LINE.matcher(t);
        if (bold.matches()) {
            return new Heading(clean(bold.group(2)), UNMARKED_LEVEL);
        }
        Matcher edit = GLUED_EDIT.matcher(t);
        if (edit.find() && !TERMINAL.matcher(t.substring(0, edit.start())).find()) {
            return new Heading(clean(t.substring(0, edit.start())), UNMARKED_LEVEL);
        }
        return null;
    }

    /** An ATX heading's text without its closing sequence: "Title ##" is "Title", "C#" is "C". */
    private static String headingContent(String afterMarker) {
        int end = afterMarker.length();
        while (end > 0 && isRegexSpace(afterMarker.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && afterMarker.charAt(end - 1) == '#') {
            end--;
        }
        while (end > 0 && isRegexSpace(afterMarker.charAt(end - 1))) {
            end--;
        }
        return afterMarker.substring(0, end);
    }

    /**
     * A label without its closing colon and the blanks before it: "See also :" is "See also". Done by hand
     * because the regex for it, {@code \s*:$}, scans from every blank of a long run to its end.
     */
    private static String withoutColon(String label) {
        if (!label.endsWith(":")) {
            return label;
        }
        int end = label.length() - 1;
        while (end > 0 && isRegexSpace(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, end);
    }

    /** What {@code \s} matches: the ASCII blanks, as every pattern here reads them. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static String clean(String heading) {
        return withoutColon(stripEmphasis(heading)).strip();
    }

    private static String stripEmphasis(String s) {
        return EMPHASIS.matcher(s).replaceAll("");
    }

    private boolean isBoilerplate(String t) {
        String s = stripEmphasis(t).strip();
        for (Pattern p : boilerplate) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Short standalone text without sentence punctuation is a title, caption, byline or label, not a
     * statement. Verbless one-liners that do end in a full stop are left to the claim extractor, which
     * needs a verb before it calls anything a claim.
     */
    static boolean isFragment(String para) {
        // a wrapped paragraph reads like the same paragraph on one line
        String s = stripEmphasis(para).strip().replaceAll("\\s+", " ");
        int words = s.isEmpty() ? 0 : s.split("\\s+").length;
        boolean terminal = TERMINAL.matcher(s).find();
        return words < 4 || (!terminal && words <= 14) || (!terminal && !s.contains(". ") && words <= 25);
    }

    /**
     * An infobox or table flattened into lines ("Date17 November 1989", "Location", "Venue Stade X"):
     * most of its lines are short labels and values without sentence punctuation. Prose wrapped over
     * lines has long lines: all but its last are as long as a wrapped line.
     */
    private static boolean isTable(List<Line> lines) {
        boolean wrapped = lines.subList(0, lines.size() - 1).stream()
                .allMatch(l -> l.trimmed().length() >= WRAPPED_LINE_MIN);
        if (lines.size() < TABLE_MIN_LINES || wrapped) {
            return false;
        }
        long cells = lines.stream().map(Line::trimmed)
                .filter(t -> !SENTENCE_END.matcher(t).find() && t.split("\\s+").length <= TABLE_CELL_MAX_WORDS)
                .count();
        return cells * TABLE_CELL_SHARE_DENOMINATOR >= lines.size() * TABLE_CELL_SHARE_NUMERATOR;
    }

    /**
     * Masks Markdown, HTML and citation markers inside a content line; records the markers. Only the
     * first line of a block can open with a list marker: on a later line the dash is the writer's own.
     */
    private static void maskInline(String text, Line line, boolean first, char[] mask, List<CitationMarker> markers) {
        String s = line.text;
        Matcher m = MARKER.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                markers.add(new CitationMarker(new Span(line.start + m.start(), line.start + m.end()),
                        Integer.parseInt(m.group(1))));
            }
            blank(mask, line.start + m.start(), line.start + m.end());
        }
        Matcher list = LIST_MARKER.matcher(s);
        if (first && list.find()) {
            blank(mask, line.start + list.start(2), line.start + list.end(2));
        }
        Matcher link = LINK.matcher(s);
        while (link.find()) {
            if (!link.group(1).isEmpty()) {
                blank(mask, line.start + link.start(), line.start + link.end());
            } else {
                blank(mask, line.start + link.start(), line.start + link.start(2));
                blank(mask, line.start + link.end(2), line.start + link.end());
            }
        }
        Matcher html = HTML_TAG.matcher(s);
        while (html.find()) {
            blank(mask, line.start + html.start(), line.start + html.end());
        }
        Matcher em = EMPHASIS.matcher(s);
        while (em.find()) {
            blank(mask, line.start + em.start(), line.start + em.end());
        }
        Matcher head = MARKDOWN_HEADING.matcher(s);
        if (head.find()) {
            blank(mask, line.start + head.start(1), line.start + head.end(1));
        }
    }

    /** The CR of a CRLF line end is a space to the analysis, so that Windows files read like any other. */
    private static void softenCarriageReturns(char[] mask) {
        for (int k = 0; k + 1 < mask.length; k++) {
            if (mask[k] == '\r' && mask[k + 1] == '\n') {
                mask[k] = ' ';
            }
        }
    }

    /** Turns the line break between {@code from} and {@code to} (a CR, an LF or both) into spaces. */
    private static void soften(char[] mask, int from, int to) {
        for (int k = from; k < to; k++) {
            if (mask[k] == '\n' || mask[k] == '\r') {
                mask[k] = ' ';
            }
        }
    }

    private static void blank(char[] mask, int from, int to) {
        for (int k = from; k < to; k++) {
            if (mask[k] != '\n' && mask[k] != '\r') {
                mask[k] = ' ';
            }
        }
    }

    private static List<Line> splitLines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == '\n') {
                int end = k > start && text.charAt(k - 1) == '\r' ? k - 1 : k;
                lines.add(new Line(start, end, text.substring(start, end)));
                start = k + 1;
            }
        }
        return lines;
    }

}
