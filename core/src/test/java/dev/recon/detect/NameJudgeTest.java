package dev.recon.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameJudgeTest {

    @Test
    void unknownNamesMatchOnTheirLastWordWhenTheRestAgrees() {
        assertThat(NameJudge.sameUnknownName("Recep Erdogan", "Recep Tayyip Erdogan")).isTrue();
        assertThat(NameJudge.sameUnknownName("Erdogan", "Recep Tayyip Erdogan")).isTrue();
        assertThat(NameJudge.sameUnknownName("Balázs Szalontai", "Balazs Szalontai")).isTrue();
        assertThat(NameJudge.sameUnknownName("Geoff Hurst", "Hurst")).isTrue();
        assertThat(NameJudge.sameUnknownName("Geoff Hurst", "Brian Hurst")).isFalse();
        assertThat(NameJudge.sameUnknownName("Mavi Marmara", "Marmara Sea")).isFalse();
        assertThat(NameJudge.sameUnknownName("A Li", "B Li")).isFalse();
    }

    @Test
    void normalFormIgnoresCaseAccentsArticlesAndPunctuation() {
        assertThat(NameJudge.normal("The Chosun Ilbo")).isEqualTo("chosun ilbo");
        assertThat(NameJudge.normal("Hồ Chí Minh")).isEqualTo("ho chi minh");
    }
}
