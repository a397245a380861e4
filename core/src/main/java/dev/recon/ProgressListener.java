package dev.recon;

/**
 * Told what a long reconciliation is doing, so that a command can show progress. Called on the thread
 * that calls {@link Reconciler#reconcile(java.util.List, ProgressListener)}; keep it quick.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * @param stage what is happening: "reading" (done counts sources), "reading SOURCE-ID" (done is the
     *              percentage of that source read, so a long single file shows progress), "aligning"
     *              or "checking"
     * @param done  how many of {@code total} units of that stage are done
     * @param total how many there are, at least 1
     */
    void progress(String stage, int done, int total);
}
