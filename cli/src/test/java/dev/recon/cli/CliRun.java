package dev.recon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the command in-process and keeps what it printed; two sources that disagree on a date. */
final class CliRun {

    final Path a;
    final Path b;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    /** Applied to each {@code compare} command before it runs, to inject failures. */
    Consumer<CompareCommand> prepare = c -> { };

    CliRun(Path dir) throws Exception {
        a = dir.resolve("a.txt");
        b = dir.resolve("b.txt");
        Files.writeString(a, "The bridge opened to traffic in 1932 after six years of work by 1,500 men.\n");
        Files.writeString(b, "The bridge opened to traffic in 1933 after six years of work by 1,500 men.\n");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = CommandLine.defaultFactory().create(cls);
                if (made instanceof CompareCommand compare) {
                    prepare.accept(compare);
                }
                return made;
            }
        };
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory, false);
    }

    /** Makes the analysis fail as soon as it starts: a run that gets this far exits 4, not what a test expects. */
    void failOnceTheAnalysisStarts() {
        prepare = c -> c.terminal = () -> {
            throw new IllegalStateException("the analysis started");
        };
    }
}
