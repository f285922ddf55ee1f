package de.kiezpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a changed path means for a rebuild. */
class ChangeSetTest {
    private static final Path SITE = Path.of("/seite").toAbsolutePath();

    @Test
    void sortsChangedPathsByWhatTheyAre() {
        ChangeSet changes = ChangeSet.of(SITE, List.of(SITE.resolve("content/pressemitteilungen/a.md"),
                SITE.resolve("themes/default/templates/partials/item.peb"), SITE.resolve("themes/default/templates/article.peb")));

        assertThat(changes.markdown()).containsExactly(SITE.resolve("content/pressemitteilungen/a.md"));
        assertThat(changes.templates()).containsExactlyInAnyOrder("partials/item.peb", "article.peb");
        assertThat(changes.contentOther()).isFalse();
        assertThat(changes.themeStrings()).isFalse();
        assertThat(changes.everything()).isFalse();
        assertThat(changes.themeChanged()).isTrue();
    }

    @Test
    void asksForEverythingWhenTheSettingsChange() {
        assertThat(ChangeSet.of(SITE, List.of(SITE.resolve("kiezpress.yaml"))).everything()).isTrue();
    }

    @Test
    void tellsFilesBesideTheArticlesFromArticles() {
        ChangeSet changes = ChangeSet.of(SITE, List.of(SITE.resolve("content/sitzungsberichte/x/bild.jpg")));

        assertThat(changes.contentOther()).isTrue();
        assertThat(changes.markdown()).isEmpty();
    }

    @Test
    void treatsStringsAndThemeSettingsAsChangingEveryPage() {
        assertThat(ChangeSet.of(SITE, List.of(SITE.resolve("themes/default/i18n/de.yaml"))).themeStrings()).isTrue();
        assertThat(ChangeSet.of(SITE, List.of(SITE.resolve("themes/default/theme.yaml"))).themeStrings()).isTrue();
        assertThat(ChangeSet.of(SITE, List.of(SITE.resolve("themes/default/static/css/k.css"))).themeStrings()).isFalse();
    }

    @Test
    void ignoresPathsOutsideTheSite() {
        assertThat(ChangeSet.of(SITE, List.of(Path.of("/anderswo/content/a.md").toAbsolutePath())).isEmpty()).isTrue();
    }

    @Test
    void mergesWhatChangedSinceTheLastGoodBuild() {
        ChangeSet first = ChangeSet.of(SITE, List.of(SITE.resolve("content/a.md")));
        ChangeSet second = ChangeSet.of(SITE, List.of(SITE.resolve("content/b.md"), SITE.resolve("kiezpress.yaml")));

        ChangeSet both = first.merge(second);

        assertThat(both.markdown()).containsExactlyInAnyOrder(SITE.resolve("content/a.md"), SITE.resolve("content/b.md"));
        assertThat(both.everything()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"entwurf.md~", "4913", "entwurf.md.swp", "entwurf.md.swx", "x.tmp", "entwurf.md___jb_tmp___"})
    void knowsEditorsTemporaryFiles(String name) {
        assertThat(SiteWatcher.isTemporary(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"entwurf.md", "bild.jpg", "4913.md", "base.peb"})
    void takesOtherFilesSeriously(String name) {
        assertThat(SiteWatcher.isTemporary(name)).isFalse();
    }
}
