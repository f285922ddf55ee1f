package de.kiezpress.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://example.org,                    https://example.org,       /",
        "https://example.org/,                   https://example.org,       /",
        "https://example.org/sozialraum,         https://example.org,       /sozialraum/",
        "https://example.org/sozialraum/,        https://example.org,       /sozialraum/",
        "HTTPS://Example.ORG/Kiez/,              https://example.org,       /Kiez/",
        "http://localhost:1313/,                 http://localhost:1313,     /",
        "'  https://example.org/a/b/  ',         https://example.org,       /a/b/",
    })
    void parsesAnAbsoluteHttpUrlIntoOriginAndBasePath(String text, String origin, String basePath) {
        assertThat(BaseUrl.parse(text)).contains(new BaseUrl(origin, basePath));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"example.org", "/sozialraum/", "ftp://example.org/", "mailto:presse@example.org",
        "https://", "https:///pfad/", "https://example.org/?seite=2", "https://example.org/#oben",
        "https://exa mple.org/", "javascript:alert(1)", ""})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String text) {
        assertThat(BaseUrl.parse(text)).isEmpty();
    }

    @Test
    void prefixesSitePathsWithTheBasePath() {
        BaseUrl url = new BaseUrl("https://example.org", "/sozialraum/");

        assertThat(url.link("/")).isEqualTo("/sozialraum/");
        assertThat(url.link("/bezirke/neukoelln/")).isEqualTo("/sozialraum/bezirke/neukoelln/");
        assertThat(url.link("feed.xml")).isEqualTo("feed.xml");
        assertThat(url.absolute("/feed.xml")).isEqualTo("https://example.org/sozialraum/feed.xml");
        assertThat(url).hasToString("https://example.org/sozialraum/");
    }

    @Test
    void keepsThePathWhenServedFromAnotherOrigin() {
        BaseUrl url = new BaseUrl("https://example.org", "/sozialraum/").withOrigin("http://127.0.0.1:1313");

        assertThat(url.absolute("/")).isEqualTo("http://127.0.0.1:1313/sozialraum/");
    }

    @Test
    void refusesAnOriginWithATrailingSlashOrAPathWithoutSlashes() {
        assertThatThrownBy(() -> new BaseUrl("https://example.org/", "/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BaseUrl("https://example.org", "kiez")).isInstanceOf(IllegalArgumentException.class);
    }
}
