/**
 * JMH benchmarks of recon's stages, the whole reconciliation and OpenNLP's bare pipeline. They are
 * compiled with the tests and run by hand (docs/performance.md), never by {@code mvn verify}.
 */
package dev.recon.bench;
