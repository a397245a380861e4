/**
 * What a team has decided about findings: baselines (findings already known from an earlier report) and
 * suppressions (by id or kind, with a reason). Neither changes what recon finds; both change what counts.
 */
package dev.recon.triage;
