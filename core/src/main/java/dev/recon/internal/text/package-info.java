/**
 * Working on original text without losing offsets: stable hashes for finding ids, offset arithmetic,
 * and quotations.
 */
package dev.recon.internal.text;
