package dev.recon.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Runs a piece of work until the just-in-time compiler has finished with it, so that what is timed
 * next is compiled code. recon is large: with two cores the optimising compiler is still busy half a
 * minute into repeated runs of a small corpus, and while it is, it takes one of the cores and the
 * figures measure the compiler.
 */
final class Warmup {

    /** A round is quiet when the compilers spent less than this share of its wall time compiling. */
    static final double QUIET_COMPILE_SHARE = 0.02;
    /** Consecutive quiet rounds that end the warm-up. */
    static final int QUIET_ROUNDS = 3;

    private final int minRounds;
    private final double maxSeconds;
    private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    private boolean quiet;

    Warmup(int minRounds, double maxSeconds) {
        if (minRounds < 0 || !(maxSeconds >= 0)) {
            throw new IllegalArgumentException("warm-up needs non-negative rounds and seconds");
        }
        this.minRounds = minRounds;
        this.maxSeconds = maxSeconds;
    }

    /**
     * Runs {@code work} at least the minimum number of rounds, then until the compiler was quiet for
     * {@link #QUIET_ROUNDS} rounds running or the time is up.
     *
     * @return the rounds run
     */
    int run(Runnable work) {
        boolean measurable = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        int rounds = 0;
        int quietRun = 0;
        while (true) {
            long compiledBefore = measurable ? compiler.getTotalCompilationTime() : 0;
            long start = System.nanoTime();
            work.run();
            long wallMs = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            long compileMs = measurable ? compiler.getTotalCompilationTime() - compiledBefore : 0;
            rounds++;
            quietRun = compileMs < QUIET_COMPILE_SHARE * wallMs ? quietRun + 1 : 0;
            quiet = quietRun >= QUIET_ROUNDS;
            if (rounds >= minRounds && (quiet || !measurable || System.nanoTime() > deadline)) {
                return rounds;
            }
        }
    }

    /** True when the last {@link #run} ended with the compiler idle rather than with the time up. */
    boolean quiet() {
        return quiet;
    }

    /** The median wall time of {@code rounds} runs of {@code work}, in milliseconds. */
    static double millisPerRound(int rounds, Runnable work) {
        return millisPerRound(rounds, new Runnable[] {work})[0];
    }

    /**
     * The median wall time of {@code rounds} runs of each piece of work, in milliseconds, running them
     * in turn round after round: a machine that slows down or speeds up during the measurement then
     * affects every piece alike, so their ratios hold.
     */
    static double[] millisPerRound(int rounds, Runnable... works) {
        double[][] ms = new double[works.length][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int w = 0; w < works.length; w++) {
                long start = System.nanoTime();
                works[w].run();
                ms[w][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] medians = new double[works.length];
        for (int w = 0; w < works.length; w++) {
            Arrays.sort(ms[w]);
            medians[w] = rounds % 2 == 1 ? ms[w][rounds / 2] : (ms[w][rounds / 2 - 1] + ms[w][rounds / 2]) / 2;
        }
        return medians;
    }
}
