package de.kiezpress.related;

import static de.kiezpress.related.Article.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelatedIndexTest {

    private static final Article PARTICIPATION_KOERNERPARK = article("/2024/koernerpark/")
            .on("2024-05-02").in("Neukölln").about("bürgerbeteiligung", "grünflächen")
            .text("Bürgerbeteiligung im Körnerpark. Anwohnerinnen und Anwohner gestalten in einer "
                    + "Beteiligungswerkstatt den Körnerpark mit. Ihre Vorschläge für Bänke, Beete und "
                    + "einen Wasserspielplatz fließen in die Planung des Bezirksamts ein.");
    private static final Article PARTICIPATION_RICHARDPLATZ = article("/2024/richardplatz/")
            .on("2024-03-14").in("Neukölln").about("bürgerbeteiligung")
            .text("Bürgerbeteiligungen zum Richardplatz. In einer Beteiligungswerkstatt sammelt das "
                    + "Bezirksamt die Vorschläge der Anwohnerinnen und Anwohner für den Platz.");
    private static final Article ROADWORKS_NEUKOELLN = article("/2024/sonnenallee/")
            .on("2024-05-01").in("Neukölln").about("verkehr")
            .text("Baustelle auf der Sonnenallee: Die Buslinie M41 wird ab Montag umgeleitet, "
                    + "Haltestellen entfallen für drei Wochen.");
    private static final Article SPORTS_SPANDAU = article("/2024/sportfest-spandau/")
            .on("2024-05-02").in("Spandau").about("sport")
            .text("Sportfest in Spandau: Vereine laden zum Mitmachen ein, mit Fußballturnier, "
                    + "Staffellauf und Schwimmwettbewerb im Stadtbad.");
    private static final Article SCHOOL_PANKOW = article("/2023/schulbau-pankow/")
            .on("2023-11-20").in("Pankow").about("schulbau")
            .text("Schulbau in Pankow: Der Erweiterungsbau der Grundschule am Teutoburger Platz "
                    + "ist fertig, die Mensa öffnet nach den Ferien.");
    private static final List<Article> NEWS = List.of(PARTICIPATION_KOERNERPARK, PARTICIPATION_RICHARDPLATZ,
            ROADWORKS_NEUKOELLN, SPORTS_SPANDAU, SCHOOL_PANKOW);

    private static List<String> relatedTo(Article article, List<Article> corpus) {
        return RelatedIndex.build(corpus, RelatedSettings.defaults()).relatedTo(article.id());
    }

    @Test
    void ranksTheOtherParticipationArticleFirst() {
        List<String> related = relatedTo(PARTICIPATION_KOERNERPARK, NEWS);

        assertThat(related).first().isEqualTo(PARTICIPATION_RICHARDPLATZ.id());
        assertThat(related).containsSubsequence(PARTICIPATION_RICHARDPLATZ.id(), ROADWORKS_NEUKOELLN.id());
    }

    @Test
    void ranksAnUnrelatedArticleOfTheSameDistrictAboveOneFromElsewhere() {
        List<String> related = relatedTo(PARTICIPATION_KOERNERPARK, NEWS);

        assertThat(related).contains(ROADWORKS_NEUKOELLN.id()).doesNotContain(SPORTS_SPANDAU.id(), SCHOOL_PANKOW.id());
    }

    @Test
    void neverListsAnArticleAsRelatedToItself() {
        Article twin = PARTICIPATION_KOERNERPARK.withId("/2024/koernerpark-kopie/");
        List<Article> corpus = List.of(PARTICIPATION_KOERNERPARK, twin, PARTICIPATION_RICHARDPLATZ, ROADWORKS_NEUKOELLN);

        Map<String, List<String>> all = RelatedIndex.build(corpus, RelatedSettings.defaults()).all();

        all.forEach((id, related) -> assertThat(related).doesNotContain(id));
        assertThat(all.get(twin.id())).first().isEqualTo(PARTICIPATION_KOERNERPARK.id());
    }

    @Test
    void matchesUmlautsTheirSpelledOutFormsAndInflections() {
        List<Article> corpus = List.of(
                article("umlaut").text("Die Bürgerbeteiligung beginnt im Januar."),
                article("spelled-out").text("Zur Buergerbeteiligung lädt das Bezirksamt ein."),
                article("plural").text("Mehrere Bürgerbeteiligungen laufen parallel."),
                article("unrelated").text("Der Wochenmarkt zieht um, die Händler bleiben."),
                article("also-unrelated").text("Händler und Wochenmarkt, Öffnungszeiten am Samstag."));

        RelatedIndex index = RelatedIndex.build(corpus, RelatedSettings.defaults());

        assertThat(index.relatedTo("umlaut")).containsExactlyInAnyOrder("spelled-out", "plural");
        assertThat(index.relatedTo("spelled-out")).containsExactlyInAnyOrder("umlaut", "plural");
        assertThat(index.relatedTo("plural")).containsExactlyInAnyOrder("umlaut", "spelled-out");
    }

    @Test
    void relatesAnArticleWithoutTopicsOrDistrictByItsText() {
        Article coldAid = article("kaeltehilfe").text("Kältehilfe: Notübernachtungen für Obdachlose öffnen, "
                + "die Kältebusse fahren wieder jede Nacht.");
        Article coldBuses = article("kaeltebusse").in("Mitte").about("soziales").on("2023-01-10")
                .text("Die Kältebusse und die Notübernachtungen der Kältehilfe brauchen Ehrenamtliche.");

        List<String> related = relatedTo(coldAid, List.of(coldAid, coldBuses, SPORTS_SPANDAU, SCHOOL_PANKOW));

        assertThat(related).containsExactly(coldBuses.id());
    }

    @Test
    void relatesArticlesThatShareOnlyATopic() {
        Article school = article("schule-spandau").in("Spandau").about("schulbau").text("Richtfest an der Gesamtschule.");

        List<String> related = relatedTo(school, List.of(school, SCHOOL_PANKOW, ROADWORKS_NEUKOELLN));

        assertThat(related).containsExactly(SCHOOL_PANKOW.id());
    }

    @Test
    void listsArticlesSharingOnlyTheDistrictNearestInTimeFirst() {
        Article market = article("markt").in("Pankow").on("2024-06-01").text("Wochenmarkt am Arkonaplatz.");
        Article june = article("juni").in("Pankow").on("2024-06-20").text("Sommerfest der Bibliothek.");
        Article april = article("april").in("Pankow").on("2024-04-01").text("Frühjahrsputz im Kiez.");
        Article lastYear = article("vorjahr").in("Pankow").on("2023-06-01").text("Lesung im Rathaus.");
        Article elsewhere = article("mitte").in("Mitte").on("2024-06-01").text("Konzert im Park.");

        List<String> related = relatedTo(market, List.of(lastYear, april, market, june, elsewhere));

        assertThat(related).containsExactly("juni", "april", "vorjahr");
    }

    @Test
    void prefersTheArticleCloserInTimeAmongEquallyRelatedOnes() {
        String text = "Neue Radwege an der Hermannstraße, Protected Bike Lanes für den Radverkehr.";
        Article query = article("anfrage").on("2022-01-01").text(text);
        Article nearButOlder = article("nah").on("2021-12-01").text(text);
        Article farButNewer = article("fern").on("2025-01-01").text(text);

        List<String> related = relatedTo(query, List.of(farButNewer, query, nearButOlder));

        assertThat(related).containsExactly("nah", "fern");
    }

    @Test
    void breaksTiesByNewerDateThenSlugThenId() {
        String text = "Kiezfonds: Nachbarschaftsprojekte können bis Ende März Mittel beantragen.";
        Article query = article("query").on("2024-06-15").text(text);
        // Ten days before and after: the same recency, so equal scores.
        Article before = article("before").on("2024-06-05").text(text);
        Article after = article("after").on("2024-06-25").text(text);
        Article slugB = article("slug-b").slug("b").on("2024-06-15").text(text);
        Article slugA = article("slug-a").slug("a").on("2024-06-15").text(text);
        Article idZ = article("z").slug("c").on("2024-06-15").text(text);
        Article idY = article("y").slug("c").on("2024-06-15").text(text);
        List<Article> corpus = List.of(before, idZ, query, slugB, after, idY, slugA);

        List<String> related = RelatedIndex.build(corpus, RelatedSettings.defaults().withCount(10)).relatedTo("query");

        assertThat(related).containsExactly("slug-a", "slug-b", "y", "z", "after", "before");
    }

    @Test
    void respectsTheCount() {
        RelatedIndex index = RelatedIndex.build(NEWS, RelatedSettings.defaults().withCount(1));

        assertThat(index.all().values()).allSatisfy(related -> assertThat(related).hasSizeLessThanOrEqualTo(1));
        assertThat(index.relatedTo(PARTICIPATION_KOERNERPARK.id())).containsExactly(PARTICIPATION_RICHARDPLATZ.id());
    }

    @Test
    void givesNothingWhenTheCountIsZero() {
        RelatedIndex index = RelatedIndex.build(NEWS, RelatedSettings.defaults().withCount(0));

        assertThat(index.all().values()).allSatisfy(related -> assertThat(related).isEmpty());
    }

    @Test
    void givesNoRelatedArticlesInAnEmptyCorpus() {
        assertThat(RelatedIndex.build(List.of(), RelatedSettings.defaults()).all()).isEmpty();
    }

    @Test
    void givesNoRelatedArticlesToTheOnlyArticle() {
        RelatedIndex index = RelatedIndex.build(List.of(PARTICIPATION_KOERNERPARK), RelatedSettings.defaults());

        assertThat(index.relatedTo(PARTICIPATION_KOERNERPARK.id())).isEmpty();
        assertThat(index.all()).containsExactly(Map.entry(PARTICIPATION_KOERNERPARK.id(), List.of()));
    }

    @Test
    void givesNothingWhenNothingRelates() {
        Article market = article("markt").text("Wochenmarkt am Arkonaplatz.");
        Article concert = article("konzert").text("Konzert im Park.");

        assertThat(relatedTo(market, List.of(market, concert))).isEmpty();
    }

    @Test
    void keepsTheCallersOrderInAll() {
        Map<String, List<String>> all = RelatedIndex.build(NEWS, RelatedSettings.defaults()).all();

        assertThat(all.keySet()).containsExactlyElementsOf(NEWS.stream().map(Article::id).toList());
    }

    @Test
    void refusesTwoDocumentsWithTheSameId() {
        List<Article> corpus = List.of(SPORTS_SPANDAU, SPORTS_SPANDAU.text("Anderer Text."));

        assertThatThrownBy(() -> RelatedIndex.build(corpus, RelatedSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SPORTS_SPANDAU.id());
    }

    @Test
    void refusesAnIdItDoesNotKnow() {
        RelatedIndex index = RelatedIndex.build(NEWS, RelatedSettings.defaults());

        assertThatThrownBy(() -> index.relatedTo("/gibt-es-nicht/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/gibt-es-nicht/");
    }

    @Test
    void namesTheDocumentWhoseTextIsMissing() {
        List<Article> corpus = List.of(SPORTS_SPANDAU.text(null));

        assertThatThrownBy(() -> RelatedIndex.build(corpus, RelatedSettings.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining(SPORTS_SPANDAU.id());
    }
}
