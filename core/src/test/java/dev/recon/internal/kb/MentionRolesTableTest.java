package dev.recon.internal.kb;

import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.internal.nlp.Annotator;
import dev.recon.internal.nlp.Sentence;
import dev.recon.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which names in a sentence link to which entity, and what each stands for there: the state acting
 * (STATE), part of an event's name (EVENT), a culture or a nationality (CULTURE), or a bare name whose
 * clause decides (NAME). Each row lists every mention of the sentence as {@code text=id:ROLE}, where
 * {@code id} is the referent without a time; an empty list means nothing links. Rows marked {@code +}
 * have the state acting; rows marked {@code -} have no mention of the state as an actor.
 */
class MentionRolesTableTest {

    private static final String TABLE = """
            + | The President of France visited the King of Spain in Madrid. | France=france:STATE, Spain=spain:STATE, Madrid=city-madrid:NAME
            + | In 1970, the Prime Minister of Russia met reporters. | Russia=russia:STATE
            + | The government of Sri Lanka announced a curfew. | Sri Lanka=sri-lanka:STATE
            + | Sri Lanka's government announced a curfew. | Sri Lanka=sri-lanka:STATE
            + | Russia's army and the Philippines' navy held drills. | Russia=russia:STATE, Philippines=philippines:STATE
            + | The Soviet leader met the press. | Soviet=soviet-union:STATE
            + | Soviet troops crossed the border. | Soviet=soviet-union:STATE
            + | Russian troops entered the valley. | Russian=russia:STATE
            + | The Soviet Premier Alexei Kosygin arrived. | Soviet=soviet-union:STATE
            + | Korean-Vietnamese relations declined. | Korean=korea:STATE, Vietnamese=vietnam:STATE
            + | The ambassador of Brazil met the foreign minister of Argentina. | Brazil=brazil:STATE, Argentina=argentina:STATE
            + | The Secretary of State of the United States spoke. | United States=united-states:STATE
            + | The Parliament of the United Kingdom passed the act. | United Kingdom=united-kingdom:STATE
            + | The Emperor of Japan opened the session. | Japan=japan:STATE
            + | Chinese President Xi Jinping met the Russian Foreign Minister. | Chinese=china:STATE, Xi Jinping=xi-jinping:NAME, Russian=russia:STATE
            + | The people of Vietnam voted. | Vietnam=vietnam:STATE
            + | The State Council of China approved the plan. | China=china:STATE
            - | The Franco-Prussian War ended in 1871. | Prussian=prussia:EVENT
            - | Veterans of the Angola War marched through Lisbon. | Angola=angola:EVENT, Lisbon=city-lisbon:NAME
            - | The Iran hostage crisis ended. | Iran=iran:EVENT
            - | The Soviet invasion began. | Soviet=soviet-union:EVENT
            - | The Russian ballet toured Europe. | Russian=russia:CULTURE, Europe=europe:NAME
            - | A Czech writer was born in Prague. | Czech=czech-republic:CULTURE, Prague=city-prague:NAME
            - | Russian literature flourished. | Russian=russia:CULTURE
            - | The French language is taught here. | French=france:CULTURE
            - | Chinese cuisine is popular. | Chinese=china:CULTURE
            - | Korean dishes are spicy. | Korean=korea:CULTURE
            - | Chinese New Year began. | Chinese=china:CULTURE
            - | Soviet-era buildings line the street. | Soviet=soviet-union:CULTURE
            - | The Scottish physician Alexander Fleming discovered penicillin. | Scottish=scotland:CULTURE
            - | He studied at the University of Paris. |
            - | She taught at the University of the Philippines. |
            - | She worked at the Bank of England. |
            - | The Church of England was founded. |
            - | The National Museum of Brazil burned. |
            - | The Empire of Brazil abolished slavery. |
            - | He studied at Lenin Square. |
            - | The capital of France is Paris. | France=france:NAME, Paris=city-paris:NAME
            - | He wrote about the history of Poland. | Poland=poland:NAME
            - | The population of Vietnam grew. | Vietnam=vietnam:NAME
            - | In Vietnam, the war ended. | Vietnam=vietnam:NAME
            - | The Russian Orthodox Church grew. | Russian=russia:NAME
            - | Nokia is a Swedish company. | Swedish=sweden:NAME
            """;

    private static final EntityLinker LINKER = new EntityLinker(Fixtures.KB, Fixtures.STATE_NOUNS);

    static Stream<Arguments> rows() {
        return TABLE.lines().map(line -> {
            String[] cells = line.split("\\|", -1);
            return Arguments.of(cells[0].strip().equals("+"), cells[1].strip(), cells[2].strip());
        });
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rows")
    void linksEachNameAndReadsWhatItStandsFor(boolean stateActs, String sentence, String expected) {
        List<EntityMention> mentions = link(sentence);
        List<String> got = mentions.stream()
                .map(m -> m.text() + "=" + m.resolve(null).map(Entity::id).orElse("?") + ":" + m.role()).toList();
        assertThat(String.join(", ", got)).isEqualTo(expected);
        assertThat(mentions.stream().anyMatch(EntityMention::isStateActor)).isEqualTo(stateActs);
        mentions.forEach(m -> assertThat(sentence.substring(m.span().start(), m.span().end())).isEqualTo(m.text()));
    }

    @org.junit.jupiter.api.Test
    void theTableHoldsMoreNegativesThanPositives() {
        long positives = rows().filter(a -> (boolean) a.get()[0]).count();
        long rows = rows().count();
        assertThat(rows).isGreaterThanOrEqualTo(30);
        assertThat(rows - positives).isGreaterThanOrEqualTo(rows / 2);
    }

    private static List<EntityMention> link(String text) {
        Annotator annotator = Annotator.over(Fixtures.MODELS);
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : annotator.sentences(text, new Span(0, text.length()))) {
            out.addAll(LINKER.link(text, s));
        }
        return out;
    }
}
