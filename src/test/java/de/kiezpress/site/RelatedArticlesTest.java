package de.kiezpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.config.RelatedConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentFile;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.related.RelatedSettings;
import de.kiezpress.testing.Articles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The site's use of the ranking: manual entries first, then the ranked ones, never the article itself. */
class RelatedArticlesTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private final Article participation = article("/pressemitteilungen/2024/beteiligung/", "2024-05-01", "Neukölln",
            List.of("Bürgerbeteiligung"), "Bürgerbeteiligung im Kiez: Die Kiezkonferenz lädt alle Nachbarinnen ein, "
                    + "Vorschläge für die Bürgerbeteiligung im Bezirksregionenprofil zu machen.");
    private final Article participationToo = article("/pressemitteilungen/2024/kiezkonferenz/", "2024-06-01", "Neukölln",
            List.of("Bürgerbeteiligung"), "Die Kiezkonferenz sammelt Vorschläge der Bürgerbeteiligung; Nachbarinnen "
                    + "bringen Ideen für das Bezirksregionenprofil ein.");
    private final Article unrelatedNeukoelln = article("/pressemitteilungen/2024/strassenbau/", "2024-06-02", "Neukölln",
            List.of("Verkehr"), "Die Sonnenallee wird zwischen zwei Kreuzungen neu asphaltiert, Umleitungen sind ausgeschildert.");
    private final Article sportSpandau = article("/pressemitteilungen/2024/sport/", "2024-06-03", "Spandau",
            List.of("Sport"), "Der Sportplatz in Hakenfelde bekommt einen neuen Kunstrasen und Flutlicht.");

    @Test
    void ranksTheOtherParticipationArticleFirstAndNeverTheArticleItself() {
        Map<String, List<Article>> related = compute(List.of(participation, participationToo, unrelatedNeukoelln, sportSpandau),
                RelatedConfig.DEFAULTS);

        List<Article> forParticipation = related.get(participation.url());
        assertThat(forParticipation).first().isEqualTo(participationToo);
        assertThat(forParticipation).doesNotContain(participation);
        if (forParticipation.contains(unrelatedNeukoelln) && forParticipation.contains(sportSpandau)) {
            assertThat(forParticipation.indexOf(unrelatedNeukoelln)).isLessThan(forParticipation.indexOf(sportSpandau));
        }
    }

    @Test
    void putsArticlesNamedInRelatedFirst() {
        Article withManual = Articles.withRelated(participation, "sport");

        Map<String, List<Article>> related = compute(List.of(withManual, participationToo, unrelatedNeukoelln, sportSpandau),
                RelatedConfig.DEFAULTS);

        assertThat(related.get(withManual.url())).startsWith(sportSpandau, participationToo).doesNotHaveDuplicates();
    }

    @Test
    void warnsAboutUnknownSlugsInRelatedAtTheirLine() {
        Article withManual = Articles.withRelated(participation, "gibt-es-nicht");

        compute(List.of(withManual, participationToo), RelatedConfig.DEFAULTS);

        assertThat(diagnostics.sorted()).extracting(d -> d.format()).containsExactly(
                "content/beteiligung.md:7:3: warning: related: no article has the slug \"gibt-es-nicht\"");
    }

    @Test
    void respectsTheConfiguredCountAndLeavesPagesOut() {
        Article page = Articles.article(ArticleType.PAGE, "/impressum/", "Impressum", null, Optional.empty(), List.of());
        RelatedConfig one = new RelatedConfig(OptionalInt.of(1), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty());

        Map<String, List<Article>> related = compute(List.of(participation, participationToo, unrelatedNeukoelln, page), one);

        assertThat(related.get(participation.url())).hasSize(1);
        assertThat(related).doesNotContainKey(page.url());
        assertThat(related.values()).allSatisfy(list -> assertThat(list).doesNotContain(page));
    }

    @Test
    void takesTheRankingDefaultsForWhatTheSettingsLeaveOut() {
        RelatedConfig some = new RelatedConfig(OptionalInt.of(3), OptionalDouble.of(0.5), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.of(90), OptionalDouble.empty());

        RelatedSettings settings = RelatedArticles.settings(some);

        RelatedSettings defaults = RelatedSettings.defaults();
        assertThat(settings.count()).isEqualTo(3);
        assertThat(settings.topicWeight()).isEqualTo(0.5);
        assertThat(settings.recencyHalfLifeDays()).isEqualTo(90);
        assertThat(settings.textWeight()).isEqualTo(defaults.textWeight());
        assertThat(RelatedArticles.settings(RelatedConfig.DEFAULTS)).isEqualTo(defaults);
    }

    @Test
    void findsTheSameTakingOverTheAnalysedTextsOfAnEarlierComputation() {
        List<Article> before = List.of(participation, participationToo, unrelatedNeukoelln, sportSpandau);
        RelatedArticles.Ranked first = RelatedArticles.compute(before, files(before), RelatedConfig.DEFAULTS,
                RelatedArticles.Analysed.NONE, diagnostics);
        assertThat(first.related()).isEqualTo(compute(before, RelatedConfig.DEFAULTS));
        assertThat(first.analysed().size()).isEqualTo(4);

        // the sports article now speaks of the Kiezkonferenz; the road works are gone; a new one came
        Article sportNow = Articles.withText(sportSpandau, "Die Kiezkonferenz und die Bürgerbeteiligung sammeln Vorschläge "
                + "für das Bezirksregionenprofil, auch für den Sportplatz in Hakenfelde.");
        Article added = article("/pressemitteilungen/2024/kiezfonds/", "2024-06-04", "Spandau", List.of("Sport"),
                "Der Kiezfonds fördert den Kunstrasen in Hakenfelde.");
        List<Article> after = List.of(participation, participationToo, sportNow, added);
        RelatedArticles.Ranked second = RelatedArticles.compute(after, files(after), RelatedConfig.DEFAULTS,
                first.analysed(), diagnostics);

        assertThat(second.related()).isEqualTo(compute(after, RelatedConfig.DEFAULTS));
        assertThat(second.analysed().size()).isEqualTo(4);
    }

    @Test
    void keepsNothingForLaterWhenNotAsked() {
        List<Article> articles = List.of(participation, participationToo);

        RelatedArticles.Ranked ranked = RelatedArticles.compute(articles, files(articles), RelatedConfig.DEFAULTS, null,
                diagnostics);

        assertThat(ranked.analysed()).isSameAs(RelatedArticles.Analysed.NONE);
    }

    private static List<ContentFile> files(List<Article> articles) {
        return articles.stream().map(Article::file).toList();
    }

    private Map<String, List<Article>> compute(List<Article> articles, RelatedConfig config) {
        List<ContentFile> files = articles.stream().map(Article::file).toList();
        return RelatedArticles.compute(articles, files, config, diagnostics);
    }

    private static Article article(String url, String date, String district, List<String> topics, String text) {
        return Articles.withText(Articles.article(ArticleType.PRESS_RELEASE, url, "Titel " + url, date,
                Optional.of(district), topics), text);
    }
}
