/**
 * Embedding recon as a library, as an application on the module path does: it requires the two
 * published modules and sees only what they export.
 */
module dev.recon.examples {
    requires dev.recon.reports;

    exports dev.recon.examples;
}
