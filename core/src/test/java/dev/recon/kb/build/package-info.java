/**
 * The generator of the embedded knowledge base ({@code dev/recon/kb/entities.json}) from the data sets and
 * curated files in {@code core/src/kb-data}: ISO 3166-1 and 3166-3 (Debian iso-codes), CLDR's English
 * territory names (ICU4J), WordNet 3.1's instance nouns of countries (extJWNL) and the hand-curated periods,
 * renames and successions, each with its citation. Test scope: it is run by {@code KnowledgeBaseBuildTest},
 * never shipped.
 */
package dev.recon.kb.build;
