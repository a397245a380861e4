package dev.recon.internal.detect;

import dev.recon.finding.FindingKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders detectors so that each runs after every other detector that produces a kind of finding it
 * consumes. Among detectors free to run, registration order decides, so the order is deterministic.
 */
public final class DetectorOrder {

    private DetectorOrder() {
    }

    /**
     * @throws IllegalArgumentException when detectors consume one another's findings in a cycle
     */
    public static List<Check> of(List<Check> detectors) {
        List<Check> pending = new ArrayList<>(detectors);
        List<Check> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            Check next = null;
            for (Check d : pending) {
                boolean waits = false;
                for (Check other : pending) {
                    if (other != d && producesAny(other, d)) {
                        waits = true;
                        break;
                    }
                }
                if (!waits) {
                    next = d;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalArgumentException("detectors consume each other's findings in a cycle: "
                        + pending.stream().map(x -> x.getClass().getSimpleName()).toList());
            }
            pending.remove(next);
            out.add(next);
        }
        return List.copyOf(out);
    }

    /**
     * Splits detectors, already {@linkplain #of ordered}, into waves whose detectors may run at once:
     * consecutive runs of the order in which no detector consumes a kind another produces. A detector
     * consults no findings but those it consumes, so running each wave's detectors together and then
     * adding what they found in the given order gives exactly the findings of running them one after
     * another (where one finding repeats another, which is kept depends on that order).
     */
    public static List<List<Check>> waves(List<Check> ordered) {
        List<List<Check>> waves = new ArrayList<>();
        List<Integer> waveOf = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            int wave = i == 0 ? 0 : waveOf.get(i - 1);
            for (int j = 0; j < i; j++) {
                if (producesAny(ordered.get(j), ordered.get(i))) {
                    wave = Math.max(wave, waveOf.get(j) + 1);
                }
            }
            waveOf.add(wave);
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(ordered.get(i));
        }
        return waves.stream().map(List::copyOf).toList();
    }

    private static boolean producesAny(Check producer, Check consumer) {
        for (FindingKind k : consumer.consumes()) {
            if (producer.produces().contains(k)) {
                return true;
            }
        }
        return false;
    }
}
