package dev.recon.internal.fact;

import dev.recon.internal.nlp.Annotator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.model.Claim;
import dev.recon.internal.claim.ClaimExtractor;
import dev.recon.Thresholds;
import dev.recon.internal.kb.EntityLinker;
import dev.recon.internal.layout.LayoutAnalyzer;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.quantity.QuantityExtractor;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import dev.recon.internal.time.TimexTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a figure measures, read from general English sentences. */
class FigureFactExtractorTest {

    private static final FigureFactExtractor FACTS = new FigureFactExtractor(Fixtures.WORDNET, Fixtures.KB,
            Lexicon.english(), Thresholds.DEFAULT.approximation());

    private static List<FigureFact> facts(String text) {
        ClaimExtractor ex = new ClaimExtractor(LayoutAnalyzer.standard(), new TimexTagger(),
                new EntityLinker(Fixtures.KB, Fixtures.STATE_NOUNS), new QuantityExtractor(), Lexicon.english(),
                dev.recon.internal.lexicon.Genericity.of(Fixtures.WORDNET, Lexicon.english()));
        List<Claim> claims = ex.analyze(Source.of("s", SourceKind.OTHER, text), Annotator.over(Fixtures.MODELS)).claims();
        return claims.stream().flatMap(c -> FACTS.extract(c).stream()).toList();
    }

    private static String key(String text) {
        List<FigureFact> f = facts(text);
        assertThat(f).as(text).hasSize(1);
        return f.get(0).key();
    }

    @Test
    void deathsCountOneThingHoweverTheyAreWorded() {
        String killed = key("The avalanche killed 14 climbers' porters and 14 people in all.".replace("14 climbers' porters and ", ""));
        assertThat(key("Fourteen people died in the avalanche.")).isEqualTo(killed);
        assertThat(key("The death toll rose to 14.")).isEqualTo(killed);
        assertThat(key("Rescuers have recovered 14 bodies.")).isEqualTo(killed);
        assertThat(key("The avalanche claimed the lives of 14 people.")).isEqualTo(killed);
        assertThat(key("The avalanche left 14 dead.")).isEqualTo(killed);
    }

    @Test
    void injuriesAreNotDeathsButWoundedIsInjured() {
        String injured = key("The blast injured 30 people.");
        assertThat(key("Thirty people were wounded in the blast.")).isEqualTo(injured);
        assertThat(key("Thirty people sustained injuries in the blast.")).isEqualTo(injured);
        assertThat(key("The blast killed 30 people.")).isNotEqualTo(injured);
    }

    @Test
    void peopleOfOneNationAreCountedAsThatNationWhateverTheNoun() {
        assertThat(key("There were 12 Italian passengers.")).isEqualTo(key("Twelve Italians were on the flight."));
        assertThat(key("There were 12 Italian passengers.")).isNotEqualTo(key("There were 9 German passengers."));
    }

    @Test
    void aConversionInParenthesesIsOneFactWithTwoReadings() {
        List<FigureFact> f = facts("The dam is 65 miles (105 km) north of Denver.");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).readings()).extracting(Reading::text).containsExactly("65 miles", "105 km");
        assertThat(f.get(0).subject()).containsExactly("denver");
    }

    @Test
    void identifiersPartsAndIncrementsAreNotFacts() {
        assertThat(facts("The Boeing 737 landed safely.")).isEmpty();
        assertThat(facts("Crews are searching for three more bodies.")).isEmpty();
        assertThat(facts("The team won 4-1 on Saturday.")).isEmpty();
    }

    @Test
    void sharesBelongToTheNameTheyAreGivenFor() {
        FigureFact winner = facts("Smith won 52.3 percent of the vote.").get(0);
        FigureFact loser = facts("The rest, 47.7 percent, went to Jones.").get(0);
        assertThat(winner.subject()).containsExactly("smith");
        assertThat(loser.subject()).containsExactly("jones");
        assertThat(winner.sameSubject(loser)).isFalse();
    }

    @Test
    void boundsAndHedgesSetTheRangeAFigureAllows() {
        Reading atLeast = facts("At least 41 people were aboard.").get(0).primary();
        Reading exact = facts("There were 38 people aboard.").get(0).primary();
        Reading more = facts("More than 40 people were aboard.").get(0).primary();
        Reading exact44 = facts("There were 44 people aboard.").get(0).primary();
        Reading almost = facts("Almost 600 people were injured.").get(0).primary();
        Reading exact568 = facts("In all, 568 people were injured.").get(0).primary();
        assertThat(atLeast.overlaps(exact)).isFalse();
        assertThat(more.overlaps(exact44)).isTrue();
        assertThat(almost.overlaps(exact568)).isTrue();
        assertThat(almost.overlaps(facts("In all, 540 people were injured.").get(0).primary())).isFalse();
    }

    @Test
    void aCrowdOfSomeNumberCountsTheAttendanceWhateverNounFollows() {
        String crowd = key("A crowd of close to 45,000 fans roared in the stadium.");
        assertThat(key("The final had an attendance of 45,000 people.")).isEqualTo(crowd);
        assertThat(key("The final was watched by 45,000 spectators.")).isEqualTo(crowd);
        assertThat(key("The stadium holds 45,000 seats.")).isNotEqualTo(crowd);
    }
}
