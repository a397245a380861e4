/**
 * English sentence splitting, tokenisation, UD part-of-speech tagging and lemmatisation with Apache
 * OpenNLP. {@link dev.recon.nlp.LanguageModels} is loaded once and shared; each thread uses its own
 * {@link dev.recon.nlp.Annotator}, as OpenNLP 2.5 requires. {@link dev.recon.nlp.LanguageCheck} tells a
 * text that is clearly not English, with OpenNLP's language detector, loaded once when first needed.
 */
package dev.recon.nlp;
