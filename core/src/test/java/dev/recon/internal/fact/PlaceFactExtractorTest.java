package dev.recon.internal.fact;

import dev.recon.internal.nlp.Annotator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.recon.Fixtures;
import dev.recon.model.Claim;
import dev.recon.internal.claim.ClaimExtractor;
import dev.recon.internal.kb.EntityLinker;
import dev.recon.internal.layout.LayoutAnalyzer;
import dev.recon.internal.lexicon.Genericity;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.quantity.QuantityExtractor;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import dev.recon.internal.time.TimexTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relative places read from general English sentences. */
class PlaceFactExtractorTest {

    private static final PlaceFactExtractor PLACES = PlaceFactExtractor.english();

    private static List<PlaceFact> places(String text) {
        ClaimExtractor ex = new ClaimExtractor(LayoutAnalyzer.standard(), new TimexTagger(),
                new EntityLinker(Fixtures.KB, Fixtures.STATE_NOUNS), new QuantityExtractor(), Lexicon.english(),
                Genericity.of(Fixtures.WORDNET, Lexicon.english()));
        List<Claim> claims = ex.analyze(Source.of("s", SourceKind.OTHER, text), Annotator.over(Fixtures.MODELS)).claims();
        return claims.stream().flatMap(c -> PLACES.extract(c).stream()).toList();
    }

    @Test
    void aCompassPointOfAnAnchorWithItsDistance() {
        String text = "The dam stands at the village of Brenz, 40 km (25 mi) north-west of the city of Ulm and some 90 km south of Stuttgart.";
        List<PlaceFact> p = places(text);
        assertThat(p).extracting(PlaceFact::located, PlaceFact::anchor, PlaceFact::bearing, PlaceFact::inside)
                .containsExactly(tuple("brenz", "Ulm", 315.0, false), tuple("brenz", "Stuttgart", 180.0, false));
        assertThat(p.get(0).span().of(text)).isEqualTo("40 km (25 mi) north-west of the city of Ulm");
    }

    @Test
    void insideAnAnchorAsNounOrAdjective() {
        assertThat(places("The fire broke out near the town of Olden in the south of Norway."))
                .extracting(PlaceFact::located, PlaceFact::anchor, PlaceFact::bearing, PlaceFact::inside)
                .containsExactly(tuple("olden", "Norway", 180.0, true));
        assertThat(places("Heavy rain flooded villages in northern Italy."))
                .extracting(PlaceFact::anchor, PlaceFact::bearing, PlaceFact::inside)
                .containsExactly(tuple("Italy", 0.0, true));
    }

    @Test
    void aPossessiveWithAnAreaNoun() {
        assertThat(places("Fighting was reported in the capital's eastern suburbs."))
                .extracting(PlaceFact::anchor, PlaceFact::bearing, PlaceFact::inside)
                .containsExactly(tuple("capital", 90.0, true));
    }

    @Test
    void compassWordsThatBeginANameAreNotPlaces() {
        assertThat(places("Delegations from North Korea and Northern Ireland met in South Africa.")).isEmpty();
        assertThat(places("The wind blew from the north all night.")).isEmpty();
    }

    @Test
    void bearingsMeasureTheSmallerAngle() {
        List<PlaceFact> p = places("The camp lay 5 km north of Gao and 8 km west of Mopti and 3 km north-west of Segou.");
        assertThat(p).hasSize(3);
        assertThat(p.get(0).angleTo(p.get(1))).isEqualTo(90.0);
        assertThat(p.get(0).angleTo(p.get(2))).isEqualTo(45.0);
        assertThat(p.get(1).angleTo(p.get(0))).isEqualTo(90.0);
    }
}
