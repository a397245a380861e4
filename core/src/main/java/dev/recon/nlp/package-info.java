/**
 * The language models recon reads English with. {@link dev.recon.nlp.LanguageModels} holds Apache
 * OpenNLP's sentence, token, part-of-speech and lemma models, loaded once and shared by every thread;
 * {@link dev.recon.nlp.LanguageCheck} tells a text that is clearly not English.
 */
package dev.recon.nlp;
