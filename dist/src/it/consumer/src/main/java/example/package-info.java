/** A recon user's program, built outside recon's reactor against the published artifacts. */
package example;
