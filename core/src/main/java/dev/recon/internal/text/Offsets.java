package dev.recon.internal.text;

import java.util.List;
import java.util.function.ToIntFunction;

/** Look-ups in lists of things kept in text order, so that finding those near an offset is a binary search. */
public final class Offsets {

    private Offsets() {
    }

    /**
     * Index of the first item whose start is at or after {@code offset}, or {@code items.size()}.
     *
     * @param items in ascending order of {@code start}
     */
    public static <T> int firstAtOrAfter(List<T> items, ToIntFunction<T> start, int offset) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
