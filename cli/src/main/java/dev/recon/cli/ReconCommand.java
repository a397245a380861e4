package dev.recon.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code recon} command: it only dispatches to subcommands. */
@Command(name = "recon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare overlapping texts, align their dated claims and report where they disagree.",
        subcommands = {CompareCommand.class, TimexCommand.class, EvaluateTimexCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings at or above --fail-on", "2:usage error", "3:input error",
                "4:internal error"})
public final class ReconCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
