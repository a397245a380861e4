/**
 * recon's library: reads overlapping texts about one subject, extracts the facts each states, aligns
 * them across sources and reports where they disagree.
 *
 * <p>Start with {@link dev.recon.Reconciler}. The exported packages are the API: the reconciler, its
 * options and the {@link dev.recon.Report} ({@code dev.recon}); sources and how files are read
 * ({@code dev.recon.source}); findings, their evidence and rules ({@code dev.recon.finding}); what a
 * report is made of ({@code dev.recon.model}); the knowledge base ({@code dev.recon.kb}); the language
 * models ({@code dev.recon.nlp}); baselines and suppressions ({@code dev.recon.triage}); and the
 * {@link dev.recon.detect.Detector} extension point. Everything under {@code dev.recon.internal} is
 * the implementation, and may change in any release.
 */
module dev.recon.core {
    requires transitive org.apache.opennlp.tools;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.text;
    requires io.github.javadiffutils;

    exports dev.recon;
    exports dev.recon.detect;
    exports dev.recon.finding;
    exports dev.recon.kb;
    exports dev.recon.model;
    exports dev.recon.nlp;
    exports dev.recon.source;
    exports dev.recon.triage;

    // the renderers show year values as the temporal tagger writes them
    exports dev.recon.internal.time to dev.recon.reports;
}
