/**
 * Findings: kinds with stable ids, severities, evidence that quotes the original text exactly, and the
 * rules' documentation with examples ({@link dev.recon.finding.Rules}, read from {@code rules.json}).
 */
package dev.recon.finding;
