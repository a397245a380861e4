package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code recon compare} starts loading before picocli parses the command line; other commands do not. */
class EarlyLoadingTest {

    private final CommandLine.IFactory plain = CommandLine.defaultFactory();

    @Test
    void compareGetsABuilderAlreadyLoading() throws Exception {
        CommandLine.IFactory factory = Main.startingEarly(new String[] {"compare", "a.txt", "b.txt"}, plain);
        assertThat(factory).isNotSameAs(plain);
        CompareCommand compare = factory.create(CompareCommand.class);
        assertThat(compare.preloaded).isNotNull();
        // every command the factory makes for the run shares the one builder, and other classes are made as usual
        assertThat(factory.create(CompareCommand.class).preloaded).isSameAs(compare.preloaded);
        assertThat(factory.create(ReconCommand.class)).isInstanceOf(ReconCommand.class);
    }

    @Test
    void otherCommandsAndNoCommandLoadNothing() {
        assertThat(Main.startingEarly(new String[] {}, plain)).isSameAs(plain);
        assertThat(Main.startingEarly(new String[] {"--version"}, plain)).isSameAs(plain);
        assertThat(Main.startingEarly(new String[] {"timex", "compare"}, plain)).isSameAs(plain);
    }
}
