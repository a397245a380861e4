/**
 * Renderers for reconciliation reports. JSON is the contract, validated by the published schema; the
 * Markdown report is for people.
 */
package dev.recon.report;
