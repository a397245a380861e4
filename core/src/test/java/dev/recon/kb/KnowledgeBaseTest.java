package dev.recon.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.Fixtures;
import dev.recon.model.Span;
import dev.recon.model.TimeInterval;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    @Test
    void aNameCarriesItsOwnPeriodAndSources() throws Exception {
        KnowledgeBase mine = read("{\"formatVersion\":2,\"entities\":[{\"id\":\"x\",\"type\":\"state\","
                + "\"name\":{\"text\":\"Newland\",\"from\":\"1972-05-22\",\"sources\":[\"curated: decree\"]},"
                + "\"aliases\":[{\"text\":\"Oldland\",\"to\":\"1972-05-22\"},\"Plainland\"],"
                + "\"from\":\"1948\",\"sources\":[\"iso-3166-1\"]}]}");
        Entity x = mine.get("x").orElseThrow();
        assertThat(x.name()).isEqualTo("Newland");
        assertThat(x.aliases()).containsExactly("Oldland", "Plainland");
        assertThat(x.sources()).containsExactly("iso-3166-1");
        EntityName newName = x.nameCalled("Newland").orElseThrow();
        assertThat(newName.sources()).containsExactly("curated: decree");
        assertThat(newName.notYetInUseAt(TimeInterval.year(1965))).isTrue();
        assertThat(newName.notYetInUseAt(TimeInterval.year(1972))).isFalse();
        // a former name used later is not early
        assertThat(x.nameCalled("Oldland").orElseThrow().notYetInUseAt(TimeInterval.year(2015))).isFalse();
        assertThat(x.nameCalled("Plainland").orElseThrow().period()).isNull();
        assertThat(x.datedNameAt(TimeInterval.year(1965))).map(EntityName::text).contains("Oldland");
        assertThat(mine.named("Oldland")).containsExactly(x);
    }

    @Test
    void datesBeforeTheCommonEraAreAstronomicalYearsOrWrittenBc() throws Exception {
        KnowledgeBase mine = read("{\"entities\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"state\","
                + "\"from\":\"-0026\",\"to\":\"0476-09-04\"},{\"id\":\"b\",\"name\":\"B\",\"type\":\"state\","
                + "\"from\":\"27 BC\",\"to\":\"1 BC\"}]}");
        assertThat(mine.get("a").orElseThrow().period()).isEqualTo(new TimeInterval(
                java.time.LocalDate.of(-26, 1, 1), java.time.LocalDate.of(476, 9, 4)));
        // year 0 is 1 BC: "1 BC" ends on the last day of astronomical year 0
        assertThat(mine.get("b").orElseThrow().period()).isEqualTo(new TimeInterval(
                java.time.LocalDate.of(-26, 1, 1), java.time.LocalDate.of(0, 12, 31)));
        assertThat(kb.get("roman-empire").orElseThrow().period().from()).isEqualTo(java.time.LocalDate.of(-26, 1, 1));
    }

    @Test
    void badNamesAndDatesAreRefusedInOneLine() {
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"type\":\"state\",\"name\":{\"text\":\"X\","
                + "\"colour\":\"red\"}}]}")).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("'x'").hasMessageContaining("unknown key 'colour'").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"type\":\"state\",\"name\":\"X\","
                + "\"aliases\":[{\"text\":\"Y\",\"from\":\"1990\",\"to\":\"1980\"}]}]}"))
                .hasMessageContaining("'Y'").hasMessageContaining("'to' is before 'from'");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"type\":\"state\",\"name\":\"X\","
                + "\"aliases\":[{\"from\":\"1990\"}]}]}")).hasMessageContaining("missing 'text'");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"type\":\"state\",\"name\":\"X\","
                + "\"aliases\":[\"X\"]}]}")).hasMessageContaining("the name 'X' is listed twice");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"type\":\"state\",\"name\":\"X\","
                + "\"from\":\"27 AD\"}]}")).hasMessageContaining("'from' must be YYYY");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"type\":\"state\",\"name\":\"X\","
                + "\"to\":\"1990-02-30\"}]}")).hasMessageContaining("no day 30");
        assertThatThrownBy(() -> read("{\"entities\":[{\"id\":\"x\",\"type\":\"state\",\"name\":\"X\","
                + "\"sources\":\"iso\"}]}")).hasMessageContaining("'sources' must be an array");
        assertThatThrownBy(() -> read("{\"formatVersion\":3,\"entities\":[]}")).hasMessageContaining("'formatVersion'");
    }

    @Test
    void theEmbeddedBaseDatesRenamesAndSourcesEveryEntity() {
        assertThat(e("sri-lanka").nameCalled("Ceylon").orElseThrow().period().to())
                .isEqualTo(java.time.LocalDate.of(1972, 5, 22));
        assertThat(e("myanmar").nameCalled("Myanmar").orElseThrow().period().from())
                .isEqualTo(java.time.LocalDate.of(1989, 6, 18));
        assertThat(kb.entities()).allSatisfy(x -> assertThat(x.sources()).as(x.id()).isNotEmpty());
        // every current state has the date it was formed
        assertThat(kb.entities()).filteredOn(x -> x.type() == EntityType.STATE && (x.period() == null
                || x.period().to() == null)).allSatisfy(x -> assertThat(x.period()).as(x.id())
                .isNotNull().extracting(TimeInterval::from).isNotNull());
        assertThat(kb.entities()).allSatisfy(x -> x.names().stream().filter(n -> n.period() != null)
                .forEach(n -> assertThat(n.sources()).as(x.id() + " " + n.text()).isNotEmpty()));
        assertThat(kb.named("Ukrainian SSR")).extracting(Entity::id).containsExactly("ukrainian-ssr");
        for (String removed : List.of("chosun-ilbo", "kim-il-sung-university", "mike-pompeo", "hanoi-summit",
                "state-of-the-union", "white-house")) {
            assertThat(kb.get(removed)).as(removed).isEmpty();
        }
    }
}
