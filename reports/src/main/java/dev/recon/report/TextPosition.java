package dev.recon.report;

/**
 * Lines and columns of offsets in a text, for formats that locate by line: 1-based, columns counted in
 * UTF-16 code units, as SARIF's {@code utf16CodeUnits} column kind defines them.
 */
final class TextPosition {

    private final int[] lineStarts;

    TextPosition(String text) {
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
}
