package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

    /** The test JVM's streams are pipes to the build, so no colour and no progress would go to them. */
    @Test
    void pipesAreNoTerminal() {
        assertThat(System.console()).as("surefire's fork has no console").isNull();
        assertThat(Terminal.attached()).isFalse();
        assertThat(new CompareCommand().terminal.getAsBoolean()).isFalse();
        assertThat(new CompareCommand().stdoutTerminal.getAsBoolean()).isFalse();
    }
}
