/**
 * What reading sources needs besides the API: inferring a source's kind from its style, and describing
 * I/O failures in one line.
 */
package dev.recon.internal.source;
