package dev.recon.kb.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The curated tables: tab-separated, UTF-8, lines starting with {@code #} are comments, the first other
 * line names the columns. Every row must have exactly that many columns (an empty cell is an empty
 * string), so a stray tab is an error rather than a shifted fact.
 */
final class Tsv {

    private Tsv() {
    }

    static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        int columns = -1;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns < 0) {
                columns = cells.length;
                continue;
            }
            if (cells.length != columns) {
                throw new IllegalArgumentException(file.getFileName() + ":" + lineNo + ": expected " + columns
                        + " columns, found " + cells.length + ": " + Arrays.toString(cells));
            }
            rows.add(cells);
        }
        return rows;
    }
}
