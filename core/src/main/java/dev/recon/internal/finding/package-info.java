/**
 * The collector of findings during one reconciliation: it merges one discrepancy found twice, refuses
 * findings between sources that are not compared, caps findings per source and kind, and gives each
 * finding an id stable across runs and unrelated edits.
 */
package dev.recon.internal.finding;
