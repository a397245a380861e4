/**
 * Detectors: each finds one family of discrepancies (parallel-text substitutions, date conflicts,
 * anachronisms, unsupported claims, contradictions, broken citations, omissions) and adds findings.
 */
package dev.recon.internal.detect;
