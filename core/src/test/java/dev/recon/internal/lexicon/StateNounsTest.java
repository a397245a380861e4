package dev.recon.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.Fixtures;
import dev.recon.internal.lexicon.StateNouns.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateNounsTest {

    private static final StateNouns NOUNS = Fixtures.STATE_NOUNS;

    @ParameterizedTest
    @CsvSource({
            // offices, bodies, forces and the people of a state, also by a rarer sense ("queen", "forces")
            "president, ACTOR", "prime minister, ACTOR", "queen, ACTOR", "government, ACTOR", "parliament, ACTOR",
            "troops, ACTOR", "forces, ACTOR", "ambassador, ACTOR", "people, ACTOR", "cabinet, ACTOR",
            // a relationship states hold
            "relation, ACTOR",
            // institutions and polities by their most frequent sense, and nouns that can name a place
            "bank, OTHER", "company, OTHER", "university, OTHER", "church, OTHER", "republic, OTHER",
            "capital, OTHER", "empire, OTHER", "state, OTHER",
            // happenings, acts and culture
            "war, HAPPENING", "crisis, HAPPENING", "ballet, ACT", "language, CULTURE", "cuisine, CULTURE",
            "era, CULTURE", "writer, CULTURE", "literature, CULTURE"})
    void whatANounMakesOfTheStateItGoverns(String noun, Kind kind) {
        assertThat(NOUNS.kind(noun)).isEqualTo(kind);
    }

    @Test
    void aRelationshipIsHeldByStatesButIsNoOfficeBeforeOf() {
        assertThat(NOUNS.isOffice("relation")).isFalse();
        assertThat(NOUNS.isOffice("foreign minister")).isTrue();
    }

    @Test
    void collocationsAreLookedUpAsWrittenNotByTheirLastWord() {
        assertThat(NOUNS.isNoun("secretary of state")).isTrue();
        assertThat(NOUNS.isNoun("visit the king")).isFalse();
        assertThat(NOUNS.isNoun("the")).isFalse();
    }

    @Test
    void anUnknownSenseKeyInTheDataFailsOnLoad() {
        assertThatThrownBy(() -> Fixtures.WORDNET.synsets(List.of("nosuchword%1:18:00::")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuchword");
    }
}
