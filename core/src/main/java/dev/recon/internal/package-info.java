/**
 * recon's implementation, not its API: nothing under {@code dev.recon.internal} is exported by module
 * {@code dev.recon.core}, and any of it may change in any release. This package holds what the
 * reconciler shares between its stages, such as loading models and WordNet in the background.
 */
package dev.recon.internal;
