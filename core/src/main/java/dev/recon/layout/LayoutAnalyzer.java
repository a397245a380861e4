package dev.recon.layout;

import dev.recon.citation.CitationMarker;
import dev.recon.citation.Reference;
import dev.recon.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into blocks and masks what is not content. Line-based, because web dumps and Markdown
 * both put their furniture on lines of its own. Immutable and thread-safe.
 */
public final class LayoutAnalyzer {

    /** Headings that open back matter: nothing after them is a claim. */
    private static final Pattern BACK_MATTER_HEADING = Pattern.compile(
            "(see also|references|notes|notes and references|footnotes|citations|sources|bibliography"
                    + "|further reading|external links|works cited|related articles|related topics)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_LABEL = Pattern.compile(
            "(meta[ -]?description|meta[ -]?title|meta[ -]?keywords|keywords|tags|seo title|slug|excerpt)\\s*:?\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    /** "  9. ^ a b Author (2012) ..." as in copied encyclopedia reference lists. */
    private static final Pattern CARET_REFERENCE = Pattern.compile("^\\s*(\\d{1,4})\\.?\\s*\\^((?:\\s+[a-z]{1,2}\\b)*)(.*)$");
    /** "[3] Author ..." or "3. Author ..." inside a references section. */
    private static final Pattern PLAIN_REFERENCE = Pattern.compile("^\\s*\\[?(\\d{1,4})[\\].)]\\s*(.*)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(\\*\\*|__)(.+?)\\1\\s*:?\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-—–_*=~•·|+]+$");
    /** An "Edit" link glued to the end of a heading by a page dump: "Early historyEdit". */
    private static final Pattern GLUED_EDIT = Pattern.compile("(?<=[\\p{Ll})\\]])(Edit|\\[edit\\])$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)([-*+•–—]|\\d{1,3}[.)])\\s+");
    private static final Pattern MARKER = Pattern.compile(
            "\\[(\\d{1,4})\\]|\\[(?:citation needed|clarification needed|dubious|who\\?|when\\?|which\\?|"
                    + "according to whom\\?|by whom\\?|verification needed|better source needed|[a-z]|note \\d+|nb \\d+)\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]\\n]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\p{L}\\d])[*_](?=\\S)|(?<=\\S)[*_](?![\\p{L}\\d])|`");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>\\n]{0,200}>");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…:;\"”’')\\]]\\s*$");

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

    public Layout analyze(String text) {
        List<Line> lines = splitLines(text);
        char[] mask = text.toCharArray();
        List<Block> blocks = new ArrayList<>();
        List<CitationMarker> markers = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        String section = "";
        boolean backMatter = false;
        boolean metaNext = false;
        int i = 0;
        while (i < lines.size()) {
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
            String headingText = headingText(t);
            if (headingText != null) {
                Matcher meta = META_LABEL.matcher(headingText);
                if (meta.matches()) {
                    metaNext = meta.group(2).isBlank();
                    blocks.add(new Block(BlockKind.META, span, section));
                } else {
                    section = headingText;
                    backMatter = backMatter || BACK_MATTER_HEADING.matcher(headingText).matches();
                    blocks.add(new Block(backMatter ? BlockKind.BACK_MATTER : BlockKind.HEADING, span, section));
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
            while (!listItem && j < lines.size() && !lines.get(j).blank() && continues(lines.get(j))
                    && !LIST_MARKER.matcher(lines.get(j).text).find()) {
                j++;
            }
            Span para = new Span(line.start, lines.get(j - 1).end).trim(text);
            BlockKind kind;
            if (j == i + 1 && BACK_MATTER_HEADING.matcher(stripEmphasis(t).replaceAll("\\s*:$", "")).matches()) {
                // a bare "References" line opens back matter just as a marked-up heading does
                backMatter = true;
                section = stripEmphasis(t);
                kind = BlockKind.BACK_MATTER;
            } else if (backMatter) {
                kind = BlockKind.BACK_MATTER;
            } else if (metaNext) {
                kind = BlockKind.META;
            } else if (!listItem && isFragment(para.of(text))) {
                kind = BlockKind.FRAGMENT;
            } else {
                kind = BlockKind.PARAGRAPH;
            }
            metaNext = false;
            blocks.add(new Block(kind, para, section));
            if (kind == BlockKind.PARAGRAPH) {
                for (int k = i; k < j; k++) {
                    maskInline(text, lines.get(k), mask, markers);
                }
            } else {
                blank(mask, para.start(), para.end());
            }
            i = j;
        }
        return new Layout(new String(mask), blocks, markers, references);
    }

    /** A following line continues a paragraph unless it is a heading, a reference or furniture. */
    private boolean continues(Line next) {
        String t = next.trimmed();
        return headingText(t) == null && !SEPARATOR.matcher(t).matches() && !isBoilerplate(t)
                && !CARET_REFERENCE.matcher(next.text).matches();
    }

    /** The heading's text when the line is a heading, else null. */
    private static String headingText(String t) {
        Matcher md = MARKDOWN_HEADING.matcher(t);
        if (md.matches()) {
            return clean(md.group(2));
        }
        Matcher bold = BOLD_LINE.matcher(t);
        if (bold.matches()) {
            return clean(bold.group(2));
        }
        Matcher edit = GLUED_EDIT.matcher(t);
        if (edit.find() && !TERMINAL.matcher(t.substring(0, edit.start())).find()) {
            return clean(t.substring(0, edit.start()));
        }
        return null;
    }

    private static String clean(String heading) {
        return stripEmphasis(heading).replaceAll("\\s*:$", "").strip();
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
        String s = stripEmphasis(para).strip();
        int words = s.isEmpty() ? 0 : s.split("\\s+").length;
        boolean terminal = TERMINAL.matcher(s).find();
        return words < 4 || (!terminal && words <= 14) || (!terminal && !s.contains(". ") && words <= 25);
    }

    /** Masks Markdown, HTML and citation markers inside a content line; records the markers. */
    private static void maskInline(String text, Line line, char[] mask, List<CitationMarker> markers) {
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
        if (list.find()) {
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
