/**
 * Measuring the temporal tagger against TimeML gold annotations, scored as the TempEval-3 toolkit
 * scores Task A (strict and relaxed extent match, value and type accuracy, micro-averaged).
 */
package dev.recon.cli.eval;
