package de.kiezpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermalinksTest {

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
        "PRESS_RELEASE,  2022, sro-koordinierungskreis, /pressemitteilungen/2022/sro-koordinierungskreis/",
        "MEETING_REPORT, 2024, kog-sro,                 /sitzungsberichte/2024/kog-sro/",
        "PAGE,           2022, impressum,               /impressum/",
        "PAGE,           0,    barrierefreiheit,        /barrierefreiheit/",
    })
    void placesEachTypeWhereTheSpecSays(ArticleType type, int year, String slug, String url) {
        assertThat(Permalinks.of(type, year, slug)).isEqualTo(url);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/,                                   index.html",
        "/pressemitteilungen/2022/x/,         pressemitteilungen/2022/x/index.html",
        "/seite/2/,                           seite/2/index.html",
        "/feed.xml,                           feed.xml",
        "/suche/index.json,                   suche/index.json",
        "bezirke/,                            bezirke/index.html",
        "/404.html,                           404.html",
    })
    void writesFoldersAsTheirIndexFile(String sitePath, String file) {
        assertThat(Permalinks.outputFile(sitePath)).isEqualTo(file);
    }

    @Test
    void knowsEachTypeByItsKeyAndFolder() {
        assertThat(ArticleType.fromKey("meeting-report")).contains(ArticleType.MEETING_REPORT);
        assertThat(ArticleType.fromKey("Meeting-Report")).isEmpty();
        assertThat(ArticleType.fromFolder("pressemitteilungen")).contains(ArticleType.PRESS_RELEASE);
        assertThat(ArticleType.fromFolder("seiten")).contains(ArticleType.PAGE);
        assertThat(ArticleType.fromFolder("blog")).isEmpty();
        assertThat(ArticleType.keys()).containsExactly("press-release", "meeting-report", "page");
        assertThat(ArticleType.news()).containsExactly(ArticleType.PRESS_RELEASE, ArticleType.MEETING_REPORT);
        assertThat(ArticleType.PAGE.isNews()).isFalse();
        assertThat(ArticleType.MEETING_REPORT.isNews()).isTrue();
    }
}
