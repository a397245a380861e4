/**
 * Findings: kinds with stable ids, severities, evidence that quotes the original text exactly, and the
 * collector that gives each finding an id stable across runs and unrelated edits.
 */
package dev.recon.finding;
