/**
 * Figures with units and scale words, and when two figures agree: "12.3 million rubles" and "12.3
 * million Soviet rubles" agree, "200 pilots" and "300 pilots" do not.
 */
package dev.recon.internal.quantity;
