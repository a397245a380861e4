package dev.recon.internal.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    private final Abbreviations abbr = Abbreviations.english();

    @Test
    void theBundledListKnowsTitlesMonthsAndTimes() {
        assertThat(abbr.kind("Dr.")).contains(Abbreviations.Kind.TITLE);
        assertThat(abbr.kind("Dec.")).contains(Abbreviations.Kind.MONTH);
        assertThat(abbr.kind("p.m.")).contains(Abbreviations.Kind.TIME);
        assertThat(abbr.kind("U.S.")).contains(Abbreviations.Kind.ATTRIBUTIVE);
        assertThat(abbr.kind("dog.")).isEmpty();
    }

    @Test
    void whatFollowsDecidesWhetherTheSentenceGoesOn() {
        assertThat(abbr.continues("It opened on Dec.", "31, 1999.", () -> false)).isTrue();
        assertThat(abbr.continues("It closed in Dec.", "The next year it reopened.", () -> false)).isFalse();
        assertThat(abbr.continues("He met Dr.", "Lee there.", () -> false)).isTrue();
        assertThat(abbr.continues("She left at 7 p.m.", "EST on the last train.", () -> false)).isTrue();
        assertThat(abbr.continues("It burnt the No.", "4 reactor.", () -> false)).isTrue();
        assertThat(abbr.continues("He said no.", "Nobody argued.", () -> false)).isFalse();
        assertThat(abbr.continues("the (U.S.", "Army said", () -> true)).isTrue();
        assertThat(abbr.continues("It moved to the U.S.", "The rest stayed.", () -> false)).isFalse();
        assertThat(abbr.continues("A plain end.", "then more", () -> true)).isFalse();
    }
}
