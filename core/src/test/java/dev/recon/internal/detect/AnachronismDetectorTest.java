package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Anachronisms through the whole pipeline: a state's name that did not exist at the claim's time is one
 * when the words around it show the state acting, whether as a bare name, after one of its offices or
 * bodies or before one; never inside the name of a happening, and never for a demonym, which the
 * nation and successive states share ("Russian troops" in 1985 is common usage for the Soviet Union's).
 */
class AnachronismDetectorTest {

    static Stream<Arguments> claims() {
        return Stream.of(
                Arguments.of("In 1970, the Prime Minister of Russia met the Swedish ambassador.", List.of("Russia")),
                Arguments.of("In 1970, the government of Russia protested against the decision.", List.of("Russia")),
                Arguments.of("In 1970, Russia's government protested against the decision.", List.of("Russia")),
                Arguments.of("In 1970, Russia signed a treaty with Sweden.", List.of("Russia")),
                Arguments.of("In 1960, the President of the Czech Republic signed a treaty.", List.of("Czech Republic")),
                Arguments.of("In 1970, the Soviet Premier met the Swedish ambassador.", List.of()),
                Arguments.of("In 1985, the Russian ballet toured Western Europe.", List.of()),
                Arguments.of("In 1985, Russian troops entered the valley.", List.of()),
                Arguments.of("In 1900, a Czech writer was born in Prague.", List.of()),
                Arguments.of("In 1985, Soviet-era buildings were restored in Russian cities.", List.of()),
                Arguments.of("In 1970, tourists travelled in Russia for a month.", List.of()),
                Arguments.of("In 1880, veterans of the Franco-Prussian War marched through Paris.", List.of()),
                Arguments.of("In 1960, the Iran hostage crisis began.", List.of()),
                Arguments.of("In 1974, the Angola-Portugal Conference opened in the capital.", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void aStateNamedAsAnActorOutsideItsPeriod(String claim, List<String> anachronisms) {
        List<Finding> findings = Fixtures.reconciler().reconcile(List.of(
                Source.of("a", SourceKind.OTHER, claim),
                Source.of("b", SourceKind.OTHER, "The weather in the valley was mild that spring."))).findings();
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.ANACHRONISM)
                .extracting(f -> f.evidence().get(0).text())
                .containsExactlyElementsOf(anachronisms);
    }
}
