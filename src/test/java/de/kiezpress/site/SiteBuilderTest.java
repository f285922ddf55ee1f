package de.kiezpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.testing.Articles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteBuilderTest {
    private final SiteConfig config = SiteConfig.of("T", BaseUrl.parse("https://example.org/").orElseThrow());

    @Test
    void sortsNewestFirstThenBySlug() {
        Site site = SiteBuilder.build(config, List.of(
                news("/pressemitteilungen/2022/b/", "2022-06-14"),
                news("/pressemitteilungen/2021/z/", "2021-01-01"),
                news("/pressemitteilungen/2022/a/", "2022-06-14"),
                news("/pressemitteilungen/2023/c/", "2023-03-01")), Map.of());

        assertThat(site.home().items()).extracting(Article::slug).containsExactly("c", "a", "b", "z");
    }

    @Test
    void pagesListingsByPageSizeWithPageOneAtTheListingsOwnUrl() {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            articles.add(news("/pressemitteilungen/2022/a" + i + "/", String.format("2022-01-%02d", i)));
        }
        Site site = SiteBuilder.build(config, articles, Map.of());

        List<ListingPage> pages = site.home().pages(10);

        assertThat(pages).extracting(ListingPage::url).containsExactly("/", "/seite/2/", "/seite/3/");
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(10, 10, 3);
        assertThat(pages.get(0).previousUrl()).isEmpty();
        assertThat(pages.get(0).nextUrl()).hasValue("/seite/2/");
        assertThat(pages.get(2).previousUrl()).hasValue("/seite/2/");
        assertThat(pages.get(2).nextUrl()).isEmpty();
        assertThat(site.pressReleases().pageUrl(2)).isEqualTo("/pressemitteilungen/seite/2/");
    }

    @Test
    void listsEveryDistrictWithItsCountAndGivesOnlyDistrictsWithArticlesAPage() {
        Site site = SiteBuilder.build(config, List.of(
                article("/pressemitteilungen/2022/a/", Optional.of("Neukölln"), List.of()),
                article("/pressemitteilungen/2022/b/", Optional.of("Neukölln"), List.of()),
                article("/pressemitteilungen/2022/c/", Optional.of("Spandau"), List.of())), Map.of());

        assertThat(site.districts()).hasSize(13);
        Term neukoelln = site.district("Neukölln").orElseThrow();
        assertThat(neukoelln.count()).isEqualTo(2);
        assertThat(neukoelln.url()).hasValue("/bezirke/neukoelln/");
        assertThat(site.district("Pankow").orElseThrow().url()).isEmpty();
        assertThat(site.district("Pankow").orElseThrow().count()).isZero();
    }

    @Test
    void mergesTopicsThatDifferInCaseOrSpacingAndSortsThemTheGermanWay() {
        Site site = SiteBuilder.build(config, List.of(
                article("/pressemitteilungen/2022/a/", Optional.empty(), List.of("Ämter", "Bürgerbeteiligung")),
                article("/pressemitteilungen/2022/b/", Optional.empty(), List.of("bürgerbeteiligung", "Zukunft")),
                article("/pressemitteilungen/2022/c/", Optional.empty(), List.of("Bürgerbeteiligung", "Arbeit")),
                article("/pressemitteilungen/2022/d/", Optional.empty(), List.of("Öffentlichkeit"))), Map.of());

        assertThat(site.topics()).extracting(Term::name)
                .containsExactly("Ämter", "Arbeit", "Bürgerbeteiligung", "Öffentlichkeit", "Zukunft");
        Term participation = site.topic("BÜRGERBETEILIGUNG").orElseThrow();
        assertThat(participation.count()).isEqualTo(3);
        assertThat(participation.url()).hasValue("/themen/buergerbeteiligung/");
    }

    @Test
    void groupsTheArchiveByYearAndMonthNewestFirst() {
        Site site = SiteBuilder.build(config, List.of(
                news("/pressemitteilungen/2022/a/", "2022-03-01"),
                news("/pressemitteilungen/2022/b/", "2022-11-20"),
                news("/pressemitteilungen/2022/c/", "2022-11-02"),
                news("/pressemitteilungen/2021/d/", "2021-05-05")), Map.of());

        assertThat(site.archive()).extracting(ArchiveYear::year).containsExactly(2022, 2021);
        ArchiveYear year = site.archive().get(0);
        assertThat(year.count()).isEqualTo(3);
        assertThat(year.months()).extracting(ArchiveYear.Month::month).containsExactly(11, 3);
        assertThat(year.months().get(0).items()).extracting(Article::slug).containsExactly("b", "c");
    }

    @Test
    void keepsPagesOutOfAllListings() {
        Article page = Articles.article(ArticleType.PAGE, "/impressum/", "Impressum", null, Optional.empty(), List.of());
        Site site = SiteBuilder.build(config, List.of(page, news("/pressemitteilungen/2022/a/", "2022-01-01")), Map.of());

        assertThat(site.pages()).containsExactly(page);
        assertThat(site.listings()).allSatisfy(l -> assertThat(l.items()).doesNotContain(page));
        assertThat(site.archive().get(0).count()).isEqualTo(1);
    }

    private static Article news(String url, String date) {
        return Articles.news(url, "Titel " + url, date);
    }

    private static Article article(String url, Optional<String> district, List<String> topics) {
        return Articles.article(ArticleType.PRESS_RELEASE, url, "Titel " + url, "2022-06-14", district, topics);
    }
}
