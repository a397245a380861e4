package dev.recon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command in-process and keeps what it printed; two sources that disagree on a date. */
final class CliRun {

    final Path a;
    final Path b;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    CliRun(Path dir) throws Exception {
        a = dir.resolve("a.txt");
        b = dir.resolve("b.txt");
        Files.writeString(a, "The bridge opened to traffic in 1932 after six years of work by 1,500 men.\n");
        Files.writeString(b, "The bridge opened to traffic in 1933 after six years of work by 1,500 men.\n");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
