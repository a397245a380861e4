/**
 * Facts: what a claim states, typed and normalised so that sources that paraphrase one another can be
 * matched fact by fact rather than sentence by sentence. A {@link dev.recon.internal.fact.FigureFact} is a figure
 * with the thing it measures ("people killed", "distance from Kiev", "Lula's share of the vote"), its
 * readings in each unit the text gives, its bound, and the occasion it belongs to ("in the first round").
 * {@link dev.recon.internal.fact.FactExtractor} is the stage that reads them from claims.
 */
package dev.recon.internal.fact;
