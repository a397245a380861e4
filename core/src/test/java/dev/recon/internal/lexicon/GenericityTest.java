package dev.recon.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericityTest {

    private static final Genericity GENERICITY = Genericity.of(Fixtures.WORDNET, Lexicon.english());

    @ParameterizedTest
    @ValueSource(strings = {"relationship", "importance", "period", "aspect", "influence", "durability", "idea"})
    void abstractDiscourseNounsAreGeneric(String noun) {
        assertThat(GENERICITY.isGeneric(noun)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ferry", "student", "embassy", "rubber", "stadium", "telephone", "penicillin", "crew"})
    void thingsPeopleAndGroupsAreNot(String noun) {
        assertThat(GENERICITY.isGeneric(noun)).isFalse();
    }

    @ParameterizedTest
    // WordNet files these under acts and communication, but recon models them as happenings
    @ValueSource(strings = {"war", "treaty", "visit", "election", "invasion"})
    void modelledHappeningsAreNotGenericHoweverAbstract(String noun) {
        assertThat(GENERICITY.isGeneric(noun)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "qwertyuiop", "zzyzx"})
    void unknownWordsAreNotGeneric(String noun) {
        assertThat(GENERICITY.isGeneric(noun)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"country", "company", "government", "city", "leader"})
    void partiesToAHappeningAreParticipants(String noun) {
        assertThat(GENERICITY.isParticipant(noun)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"relation", "mill", "phone", "treaty", ""})
    void whatAHappeningMakesOrActsOnIsNot(String noun) {
        assertThat(GENERICITY.isParticipant(noun)).isFalse();
    }
}
