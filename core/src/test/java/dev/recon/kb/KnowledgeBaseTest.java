package dev.recon.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.Fixtures;
import dev.recon.text.Span;
import dev.recon.time.TimeInterval;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private final KnowledgeBase kb = Fixtures.KB;

    private Entity e(String id) {
        return kb.get(id).orElseThrow(() -> new AssertionError("no entity " + id));
    }

    private static KnowledgeBase read(String json) throws Exception {
        return KnowledgeBase.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void theEmbeddedBaseCoversModernHistoryNotOneTopic() {
        assertThat(kb.size()).isGreaterThan(500);
        assertThat(kb.named("Soviet Union")).extracting(Entity::id).containsExactly("soviet-union");
        assertThat(kb.named("Czechoslovakia")).isNotEmpty();
        assertThat(kb.named("NATO")).isNotEmpty();
        assertThat(kb.named("Brasília")).isNotEmpty();
        assertThat(kb.demonymOf("North Korean")).extracting(Entity::id).containsExactly("north-korea");
        assertThat(e("soviet-union").period()).isEqualTo(new TimeInterval(
                java.time.LocalDate.of(1922, 12, 30), java.time.LocalDate.of(1991, 12, 26)));
    }

    @Test
    void relationsSeparateAliasesLooserNamesAndDifferentReferents() {
        assertThat(kb.relate(e("north-vietnam"), e("north-vietnam"))).isEqualTo(EntityRelation.SAME);
        assertThat(kb.relate(e("korea"), e("north-korea"))).isEqualTo(EntityRelation.BROADER);
        assertThat(kb.relate(e("north-korea"), e("korea"))).isEqualTo(EntityRelation.NARROWER);
        assertThat(kb.relate(e("soviet-union"), e("russia"))).isEqualTo(EntityRelation.SUCCESSION);
        assertThat(kb.relate(e("north-vietnam"), e("vietnam"))).isEqualTo(EntityRelation.SUCCESSION);
        assertThat(kb.relate(e("france"), e("japan"))).isEqualTo(EntityRelation.DIFFERENT);
        // a capital stands for its government: "talks between Pyongyang and Hanoi"
        assertThat(kb.relate(e("city-pyongyang"), e("north-korea"))).isEqualTo(EntityRelation.SAME);
        assertThat(kb.relate(e("korea"), e("city-pyongyang"))).isEqualTo(EntityRelation.BROADER);
    }

    @Test
    void aNameResolvesToWhatItMeantAtTheTime() {
        EntityMention china = new EntityMention(new Span(0, 5), "China", kb.named("China"), false);
        assertThat(china.resolve(TimeInterval.year(1930))).map(Entity::id).contains("republic-of-china-mainland");
        assertThat(china.resolve(TimeInterval.year(1970))).map(Entity::id).contains("china");
        assertThat(china.resolve(null)).map(Entity::id).contains("china");
        EntityMention russia = new EntityMention(new Span(0, 6), "Russia", kb.named("Russia"), false);
        assertThat(russia.existedAt(TimeInterval.year(1970))).isFalse();
        assertThat(russia.existedAt(TimeInterval.year(2019))).isTrue();
        assertThat(russia.existedAt(TimeInterval.year(1900))).isTrue();
    }

    @Test
    void invalidEntriesAreRefusedNamingTheEntryAndKey() {
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"name\":\"X\",\"type\":\"planet\"}]}"))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("'x'").hasMessageContaining("planet");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"name\":\"X\",\"type\":\"state\",\"colour\":\"red\"}]}"))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"name\":\"X\",\"type\":\"state\",\"from\":\"1990\",\"to\":\"1980\"}]}"))
                .hasMessageContaining("'to' is before 'from'");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"name\":\"X\",\"type\":\"state\",\"partOf\":[\"nowhere\"]}]}"))
                .hasMessageContaining("unknown entity 'nowhere'");
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("'entities'");
    }

    @Test
    void additionsLayerOverTheEmbeddedBase() throws Exception {
        KnowledgeBase mine = KnowledgeBase.readAdditions(new ByteArrayInputStream((
                "{\"entities\":[{\"id\":\"acme\",\"name\":\"Acme Corporation\",\"type\":\"organization\","
                        + "\"aliases\":[\"Acme\"],\"from\":\"1949\",\"partOf\":[\"united-states\"]}]}")
                .getBytes(StandardCharsets.UTF_8)), "mine.json", kb);
        KnowledgeBase both = kb.with(mine);
        assertThat(both.named("Acme")).extracting(Entity::id).containsExactly("acme");
        assertThat(both.relate(both.get("united-states").orElseThrow(), both.get("acme").orElseThrow()))
                .isEqualTo(EntityRelation.BROADER);
        assertThat(both.size()).isEqualTo(kb.size() + 1);
    }
}
