package dev.recon.report;

/**
 * Lines and columns of offsets in a text, for formats that locate by line, both 1-based.
 * {@link #column} counts UTF-16 code units, as SARIF's {@code utf16CodeUnits} column kind defines them;
 * {@link #characterColumn} counts Unicode code points, which is what a person counting characters in an
 * editor sees (an emoji or a CJK extension character is one column, not two), so the reports for people
 * (text, Markdown) use it.
 */
final class TextPosition {

    private final String text;
    private final int[] lineStarts;

    TextPosition(String text) {
        this.text = text;
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        lineStarts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** 1-based column of an offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** 1-based column of an offset in Unicode code points from the start of its line. */
    int characterColumn(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** {@code line:column} of an offset, the column in code points. */
    String lineColumn(int offset) {
        return line(offset) + ":" + characterColumn(offset);
    }
}
