/**
 * English sentence splitting, tokenisation, UD part-of-speech tagging and lemmatisation over the shared
 * {@link dev.recon.nlp.LanguageModels}: each thread uses its own
 * {@link dev.recon.internal.nlp.Annotator}, as OpenNLP 2.5 requires, with the tagger and lemmatizer
 * decoded by a top-k beam search of recon's own.
 */
package dev.recon.internal.nlp;
