package dev.recon.detect;

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
    public static List<Detector> of(List<Detector> detectors) {
        List<Detector> pending = new ArrayList<>(detectors);
        List<Detector> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            Detector next = null;
            for (Detector d : pending) {
                boolean waits = false;
                for (Detector other : pending) {
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

    private static boolean producesAny(Detector producer, Detector consumer) {
        for (FindingKind k : consumer.consumes()) {
            if (producer.produces().contains(k)) {
                return true;
            }
        }
        return false;
    }
}
