package de.kiezpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.bench.CorpusSite;
import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import de.kiezpress.content.Slug;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every listing of SPEC.md on a generated site of 10,000 articles (issue 3): counts, order and
 * paging of home, types, districts, topics and archive, and related articles on every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeSiteIT {
    private static final int ARTICLES = 10_000;

    @TempDir
    static Path work;

    private List<CorpusSite.Entry> entries;
    private Path site;
    private BuildResult result;

    @BeforeAll
    void generateAndBuild() {
        Path root = work.resolve("grosse-seite");
        entries = CorpusSite.write(root, ARTICLES);
        site = root.resolve("site");
        result = Build.run(BuildOptions.of(root).withNow(ZonedDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void buildsEveryArticleWithoutAnyDiagnostic() throws IOException {
        assertThat(result.status()).as(result.diagnostics().toString()).isEqualTo(BuildResult.Status.OK);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.articles()).isEqualTo(ARTICLES);
        for (CorpusSite.Entry entry : entries) {
            assertThat(site.resolve(entry.folder() + "/" + entry.article().date().getYear() + "/" + entry.article().slug() + "/index.html"))
                    .exists();
        }
    }

    @Test
    void pagesTheHomeNewestFirstWithPageOneAtTheRoot() throws IOException {
        List<CorpusSite.Entry> newestFirst = entries.stream().sorted(NEWEST_FIRST).toList();
        int pages = (ARTICLES + 9) / 10;

        assertThat(site.resolve("seite/" + pages + "/index.html")).exists();
        assertThat(site.resolve("seite/" + (pages + 1) + "/index.html")).doesNotExist();
        assertThat(site.resolve("seite/1/index.html")).doesNotExist();
        assertThat(titles(page("index.html"))).containsExactlyElementsOf(newestFirst.subList(0, 10).stream()
                .map(e -> e.article().title()).toList());
        assertThat(titles(page("seite/2/index.html"))).containsExactlyElementsOf(newestFirst.subList(10, 20).stream()
                .map(e -> e.article().title()).toList());
        Document last = page("seite/" + pages + "/index.html");
        assertThat(last.select("link[rel=prev]").attr("href")).isEqualTo("/seite/" + (pages - 1) + "/");
        assertThat(last.select("link[rel=next]")).isEmpty();
        assertThat(last.select(".pagination [aria-current=page]").text()).isEqualTo(String.valueOf(pages));
    }

    @Test
    void pagesEachTypeOnItsOwn() throws IOException {
        long reports = entries.stream().filter(CorpusSite.Entry::meetingReport).count();
        long releases = ARTICLES - reports;

        assertThat(site.resolve("pressemitteilungen/seite/" + (releases + 9) / 10 + "/index.html")).exists();
        assertThat(site.resolve("pressemitteilungen/seite/" + ((releases + 9) / 10 + 1) + "/index.html")).doesNotExist();
        assertThat(site.resolve("sitzungsberichte/seite/" + (reports + 9) / 10 + "/index.html")).exists();
        assertThat(titles(page("sitzungsberichte/index.html"))).containsExactlyElementsOf(entries.stream()
                .filter(CorpusSite.Entry::meetingReport).sorted(NEWEST_FIRST).limit(10).map(e -> e.article().title()).toList());
    }

    @Test
    void countsEveryDistrictAndTopicAndListsTopicsInGermanOrder() throws IOException {
        Map<String, Long> districts = entries.stream().collect(Collectors.groupingBy(e -> e.article().district(), Collectors.counting()));
        Document districtIndex = page("bezirke/index.html");
        districts.forEach((name, count) -> assertThat(districtIndex.select("a[href=/bezirke/" + Slug.of(name) + "/]").first()
                .parent().text()).as(name).isEqualTo(name + " (" + count + " Beiträge)"));
        for (var district : districts.entrySet()) {
            long pages = (district.getValue() + 9) / 10;
            String url = "bezirke/" + Slug.of(district.getKey()) + "/";
            assertThat(site.resolve(url + (pages == 1 ? "" : "seite/" + pages + "/") + "index.html")).exists();
            assertThat(site.resolve(url + "seite/" + (pages + 1) + "/index.html")).doesNotExist();
            assertThat(site.resolve(url + "feed.xml")).exists();
        }

        Map<String, Long> topics = entries.stream().flatMap(e -> e.article().topics().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        Collator german = Collator.getInstance(Locale.GERMAN);
        german.setStrength(Collator.SECONDARY);
        List<String> expectedOrder = topics.keySet().stream().sorted(german).toList();
        Document topicIndex = page("themen/index.html");
        assertThat(topicIndex.select(".terms a").eachText()).containsExactlyElementsOf(expectedOrder);
        topics.forEach((name, count) -> assertThat(topicIndex.select("a[href=/themen/" + Slug.of(name) + "/]").first()
                .parent().text()).as(name).isEqualTo(name + " (" + count + " Beiträge)"));
    }

    @Test
    void countsTheArchiveByYear() throws IOException {
        Map<Integer, Long> years = entries.stream().collect(Collectors.groupingBy(e -> e.article().date().getYear(),
                TreeMap::new, Collectors.counting()));
        Document archive = page("archiv/index.html");
        years.forEach((year, count) -> {
            assertThat(archive.select("a[href=/archiv/" + year + "/]").first().parent().text())
                    .isEqualTo(year + " (" + count + " Beiträge)");
            assertThat(site.resolve("archiv/" + year + "/index.html")).exists();
        });
    }

    @Test
    void givesEveryArticleUpToFiveRelatedArticlesButNeverItself() throws IOException {
        int withRelated = 0;
        for (CorpusSite.Entry entry : entries.subList(0, 500)) {
            String url = "/" + entry.folder() + "/" + entry.article().date().getYear() + "/" + entry.article().slug() + "/";
            Document article = page(url.substring(1) + "index.html");
            List<String> related = article.select(".related .item-title a").eachAttr("href");
            assertThat(related).hasSizeLessThanOrEqualTo(5).doesNotContain(url).doesNotHaveDuplicates();
            withRelated += related.isEmpty() ? 0 : 1;
        }
        assertThat(withRelated).isEqualTo(500);
    }

    private static final Comparator<CorpusSite.Entry> NEWEST_FIRST = Comparator
            .comparing((CorpusSite.Entry e) -> e.article().date(), Comparator.reverseOrder())
            .thenComparing(e -> e.article().slug())
            .thenComparing(e -> e.folder());

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    private static List<String> titles(Document listing) {
        return listing.select(".items .item-title a").eachText();
    }
}
