package dev.recon.kb.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.kb.KnowledgeBase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code entities.json} is exactly what the generator makes of {@code core/src/kb-data}.
 * To rewrite it after changing an input: {@code mvn -B -ntp -q -pl core -am test -Dtest=KnowledgeBaseBuildTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dkb.write=true}.
 */
class KnowledgeBaseBuildTest {

    private static final Path DATA = Path.of("src/kb-data");
    private static final Path RESOURCE = Path.of("src/main/resources/dev/recon/kb/entities.json");

    @Test
    void theCommittedKnowledgeBaseIsWhatTheGeneratorMakesOfItsInputs() throws Exception {
        String generated = new KnowledgeBaseGenerator(DATA, Dictionary.getDefaultResourceInstance()).generate();
        if (Boolean.getBoolean("kb.write")) {
            Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
        }
        // what it makes is a valid knowledge base, whether or not it was just written
        KnowledgeBase.read(new ByteArrayInputStream(generated.getBytes(StandardCharsets.UTF_8)), "generated");
        assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8))
                .as("entities.json differs from the generator's output; rerun with -Dkb.write=true and review the diff")
                .isEqualTo(generated);
    }

    @Test
    void theGeneratorIsDeterministic() throws Exception {
        Dictionary wordNet = Dictionary.getDefaultResourceInstance();
        KnowledgeBaseGenerator generator = new KnowledgeBaseGenerator(DATA, wordNet);
        String first = generator.generate();
        assertThat(generator.generate()).isEqualTo(first);
        assertThat(new KnowledgeBaseGenerator(DATA, wordNet).generate()).isEqualTo(first);
    }
}
