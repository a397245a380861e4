package dev.recon.internal.quantity;

import dev.recon.internal.nlp.Annotator;
import dev.recon.model.Quantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.model.Token;
import dev.recon.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private static List<Quantity> extract(String text) {
        List<Token> tokens = Annotator.over(Fixtures.MODELS).tokens(text, new Span(0, text.length()));
        return new QuantityExtractor().extract(text, tokens, offset -> false);
    }

    @Test
    void scaleWordsUnitsAndQualifiers() {
        Quantity q = extract("The state gave 12.3 million Soviet rubles in aid.").get(0);
        assertThat(q.value()).isEqualTo(12_300_000d);
        assertThat(q.unit()).isEqualTo("ruble");
        assertThat(q.qualifiers()).containsExactly("soviet");
        assertThat(q.text()).isEqualTo("12.3 million Soviet rubles");
    }

    @Test
    void separatorsWordsAndHedges() {
        Quantity students = extract("In 1968, approximately 2,000 Vietnamese students arrived.").stream()
                .filter(x -> x.unit().equals("student")).findFirst().orElseThrow();
        assertThat(students.value()).isEqualTo(2000d);
        assertThat(students.bound()).isEqualTo(Quantity.Bound.APPROXIMATE);
        Quantity sets = extract("They sent two million sets of uniforms.").get(0);
        assertThat(sets.value()).isEqualTo(2_000_000d);
        assertThat(sets.unit()).isEqualTo("set");
        assertThat(extract("At least 300 pilots served.").get(0).bound()).isEqualTo(Quantity.Bound.AT_LEAST);
    }

    @Test
    void aListCarriesItsUnitToFiguresThatOmitIt() {
        List<Quantity> qs = extract("Aid rose (1966: 12.3 million rubles; 1967: 20 million; 1968: 12.5 million).");
        assertThat(qs).extracting(Quantity::unit).contains("ruble", "ruble", "ruble");
        assertThat(qs).extracting(Quantity::value).contains(12_300_000d, 20_000_000d, 12_500_000d);
    }

    @Test
    void aQualifierOfTheUnitChangesNothingButTheFigureDoes() {
        Quantity plain = extract("It cost 12.3 million rubles.").get(0);
        Quantity soviet = extract("It cost 12.3 million Soviet rubles.").get(0);
        Quantity more = extract("It cost 12.5 million rubles.").get(0);
        assertThat(plain.agreesWith(soviet)).isTrue();
        assertThat(plain.agreesWith(more)).isFalse();
    }

    @Test
    void pronounOneAndOrdinalsAreNotFigures() {
        assertThat(extract("It was one of only two foreign trips.")).extracting(Quantity::value).containsExactly(2d);
        assertThat(extract("The 921st squadron flew.")).isEmpty();
    }

    @Test
    void occurrencesInWordsAndLevelsInRomanNumerals() {
        Quantity twice = extract("The president visited the region twice.").get(0);
        assertThat(twice.value()).isEqualTo(2d);
        assertThat(twice.unit()).isEqualTo("time");
        Quantity level = extract("Shaking reached intensity VIII near the coast.").get(0);
        assertThat(level.value()).isEqualTo(8d);
        assertThat(level.unit()).isEqualTo("intensity");
        assertThat(level.text()).isEqualTo("intensity VIII");
        assertThat(extract("It was a category IV storm.").get(0).value()).isEqualTo(4d);
        assertThat(extract("World War II ended.")).isEmpty();
    }
}
