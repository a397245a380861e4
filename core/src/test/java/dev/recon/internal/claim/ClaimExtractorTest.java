package dev.recon.internal.claim;

import dev.recon.internal.nlp.Annotator;
import dev.recon.model.Claim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.internal.kb.EntityLinker;
import dev.recon.internal.layout.LayoutAnalyzer;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.quantity.QuantityExtractor;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import dev.recon.model.TimeInterval;
import dev.recon.internal.time.TimexTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static List<Claim> claims(String text) {
        ClaimExtractor ex = new ClaimExtractor(LayoutAnalyzer.standard(), new TimexTagger(),
                new EntityLinker(Fixtures.KB, Fixtures.STATE_NOUNS), new QuantityExtractor(), Lexicon.english(),
                dev.recon.internal.lexicon.Genericity.of(Fixtures.WORDNET, Lexicon.english()));
        return ex.analyze(Source.of("s", SourceKind.OTHER, text), Annotator.over(Fixtures.MODELS)).claims();
    }

    @Test
    void clausesSplitAtSemicolonsAndContrastiveConjunctions() {
        List<Claim> cs = claims("They stayed through 1968; 200 pilots were reported to have served. "
                + "Hanoi approved the plan, whereas Moscow rejected it on the grounds that it was unwise.");
        assertThat(cs).extracting(Claim::text).containsExactly("They stayed through 1968", "200 pilots were reported to have served.",
                "Hanoi approved the plan", "whereas Moscow rejected it on the grounds that it was unwise.");
    }

    @Test
    void aClauseTakesItsSentenceTimeOrTheTimeOfAWarItNames() {
        List<Claim> cs = claims("During the Korean War, the city was bombed, whereas the port was spared by the fleet.");
        TimeInterval war = Fixtures.KB.get("korean-war").orElseThrow().period();
        assertThat(cs).hasSize(2).allSatisfy(c -> assertThat(c.when()).isEqualTo(war));
    }

    @Test
    void captionsAndVerblessLinesAreNotClaims() {
        assertThat(claims("Embassy of France in Hanoi, Vietnam.\n\nThe embassy opened in 1973 after long talks.\n"))
                .extracting(Claim::text).containsExactly("The embassy opened in 1973 after long talks.");
    }

    @Test
    void framesCarryTheirOwnTimesAndLemmatiseMissedInflections() {
        Claim c = claims("North Yemen merged with South Yemen in 1990, shortly after the party was founded in 1988.").get(0);
        assertThat(c.frames()).extracting(f -> f.eventClass().id() + ":" + f.times().stream().map(t -> t.text()).toList())
                .containsExactly("unify:[1990]", "found:[1988]");
    }

    @Test
    void idsComeFromTheWordsNotThePosition() {
        String a = claims("The bridge opened in 1932 to great fanfare.").get(0).id();
        String b = claims("An unrelated first sentence was added here. The bridge opened in 1932 to great fanfare.").get(1).id();
        assertThat(a).isEqualTo(b).startsWith("c-s-");
    }

    @Test
    void speculationIsMarkedHedged() {
        assertThat(claims("The country may be setting out on the path of reform.").get(0).hedged()).isTrue();
    }

    @Test
    void markdownListItemsBecomeClaimsWithoutTheirMarkers() {
        assertThat(claims("## Facts\n- England won the World Cup in 1966\n- The final was played at Wembley Stadium in London\n"))
                .extracting(Claim::text)
                .containsExactly("England won the World Cup in 1966", "The final was played at Wembley Stadium in London");
    }
}
