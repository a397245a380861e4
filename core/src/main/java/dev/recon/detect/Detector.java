package dev.recon.detect;

/**
 * One way of finding discrepancies. Detectors read the analysed sources and alignment from the context
 * and add findings to it; they share no state, so they may run in any order.
 */
public interface Detector {

    void detect(DetectionContext context);
}
