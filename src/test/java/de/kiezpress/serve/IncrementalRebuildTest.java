package de.kiezpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import de.kiezpress.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's rebuilds, without server or watcher: each takes over what a change did not touch,
 * and must end with exactly the site (and the diagnostics) a full build makes.
 */
class IncrementalRebuildTest {
    private static final String A = "content/pressemitteilungen/" + PreviewSites.fileOf(5) + ".md";
    private static final String B = "content/pressemitteilungen/" + PreviewSites.fileOf(6) + ".md";

    @TempDir
    Path dir;

    private Path root;
    private TestSite site;
    private Preview preview;
    private int fullBuilds;

    @BeforeEach
    void startPreview() {
        root = dir.resolve("seite");
        site = PreviewSites.news(root, 16);
        PreviewSites.copyDefaultTheme(root);
        Path temporary = dir.resolve("vorschau");
        preview = new Preview(BuildOptions.of(root).withNow(PreviewSites.NOW), "http://127.0.0.1:1313",
                new LiveFolder(temporary.resolve("site")), new PreviewStrings.Fallback(temporary));
        RebuildReport first = preview.rebuild(ChangeSet.EVERYTHING);
        assertThat(first.ok()).as(first.result().diagnostics().toString()).isTrue();
    }

    @Test
    void endsWithTheSiteAFullBuildMakesAfterEverySortOfEdit() {
        String article = read(A);
        assertSameAsFullBuild(edit(A, article + "\nEin neuer Satz am Ende.\n"), false);
        assertSameAsFullBuild(edit(B, read(B).replace("title: Meldung 6 aus", "title: Neu betitelte Meldung 6 aus")), false);
        // a new date moves the article to another URL: every link to it is rewritten
        String c = "content/pressemitteilungen/" + PreviewSites.fileOf(9) + ".md";
        assertSameAsFullBuild(edit(c, read(c).replaceFirst("date: [0-9-]+", "date: 2021-12-24")), false);
        String added = "content/pressemitteilungen/2023-12-01-neuer-spielplatz.md";
        assertSameAsFullBuild(edit(added, "---\ntitle: Neuer Spielplatz\ndate: 2023-12-01\ndistrict: Spandau\n"
                + "topics: [Spielplätze, wohnen, WOHNEN]\n---\nEin Spielplatz für den Kiez.\n"), false);
        String spelling = "content/pressemitteilungen/" + PreviewSites.fileOf(1) + ".md";
        assertSameAsFullBuild(edit(spelling, read(spelling).replace("Grünflächen", "grünflächen")), false);
        assertSameAsFullBuild(edit(added, read(added).replace("[Spielplätze, wohnen, WOHNEN]", "[wohnen]")), false);
        assertSameAsFullBuild(delete("content/pressemitteilungen/" + PreviewSites.fileOf(2) + ".md"), false);
        assertSameAsFullBuild(edit(B, read(B).replace("district: Neukölln", "district: Spandau")
                .replace("title:", "aliases: [/alt/meldung-6/]\ntitle:")), false);
        assertSameAsFullBuild(edit(A, read(A).replace("title:", "draft: true\ntitle:")), false);
        assertSameAsFullBuild(edit(A, article), false);
        assertSameAsFullBuild(edit("themes/default/templates/article.peb",
                read("themes/default/templates/article.peb").replace("</article>", "<p>Artikelende</p>\n</article>")), false);
        assertSameAsFullBuild(edit("themes/default/templates/partials/item.peb",
                read("themes/default/templates/partials/item.peb") + "\n"), false);
        assertSameAsFullBuild(edit("themes/default/i18n/de.yaml",
                read("themes/default/i18n/de.yaml").replace("backToTop: Zurück zum Anfang", "backToTop: Nach oben")), false);
        assertSameAsFullBuild(edit("themes/default/static/css/kiezpress.css", "body { color: #111; }\n"), false);
        assertSameAsFullBuild(edit("content/sitzungsberichte/2023-03-03-kiezrunde/plan.pdf", "%PDF-1.4\n"), false);
        assertSameAsFullBuild(edit("kiezpress.yaml", "title: Neuer Titel\nbaseUrl: https://example.org/\npageSize: 4\n"), true);
    }

    @Test
    void keepsTheLastGoodSiteWhileAFileIsBrokenAndCatchesUpWithEveryEditMadeMeanwhile() {
        Map<String, String> good = TestSite.snapshot(preview.root());

        RebuildReport broken = edit(A, read(A).replaceFirst("date: [0-9-]+", "date: gestern"));
        assertThat(broken.ok()).isFalse();
        assertThat(preview.state().broken()).isTrue();
        assertThat(preview.state().errorPage().orElseThrow()).contains(A + ":3:7");
        assertThat(TestSite.snapshot(preview.root())).isEqualTo(good);

        RebuildReport stillBroken = edit(B, read(B) + "\nNoch ein Satz, während A kaputt ist.\n");
        assertThat(stillBroken.ok()).isFalse();
        assertThat(TestSite.snapshot(preview.root())).isEqualTo(good);

        RebuildReport fixed = edit(A, read(A).replace("date: gestern", "date: 2023-06-06"));
        assertSameAsFullBuild(fixed, false);
        assertThat(preview.state().broken()).isFalse();
        assertThat(Files.exists(preview.root().resolve("pressemitteilungen/2023/meldung-5/index.html"))).isTrue();
    }

    @Test
    void survivesBrokenSettingsAndABrokenTemplateAndComesBackWhenTheyAreFixed() {
        String settings = read("kiezpress.yaml");
        RebuildReport brokenSettings = edit("kiezpress.yaml", settings.replace("pageSize: 3", "pageSize: drei"));
        assertThat(brokenSettings.ok()).isFalse();
        assertThat(preview.state().errorPage().orElseThrow()).contains("<code>kiezpress.yaml:3:11</code>")
                .contains("<mark>3  pageSize: drei</mark>");
        assertSameAsFullBuild(edit("kiezpress.yaml", settings), true);

        String template = read("themes/default/templates/list.peb");
        RebuildReport brokenTemplate = edit("themes/default/templates/list.peb", template.replace("{% endblock %}", "{% endblok %}"));
        assertThat(brokenTemplate.ok()).isFalse();
        assertThat(preview.state().errorPage().orElseThrow()).contains("themes/default/templates/list.peb");
        assertSameAsFullBuild(edit("themes/default/templates/list.peb", template), false);
    }

    @Test
    void makesAgainOnlyThePagesAnEditedArticleTouches() {
        // the body below the first paragraph: only the article's own page shows it, and the feeds it is in
        RebuildReport body = edit(A, read(A) + "\nEin neuer Satz am Ende.\n");
        assertThat(body.ok()).isTrue();
        assertThat(body.full()).isFalse();
        assertThat(body.result().pages()).isEqualTo(1);
        assertThat(body.result().files()).isBetween(2, 5);
        assertThat(read(preview.root().resolve("pressemitteilungen/2023/meldung-5/index.html"))).contains("Ein neuer Satz am Ende.");

        // the title: also every listing, archive and related list that shows the article
        RebuildReport title = edit(A, read(A).replace("title: Meldung 5 aus", "title: Umbenannte Meldung 5 aus"));
        assertThat(title.ok()).isTrue();
        assertThat(title.result().pages()).isGreaterThan(5).isLessThan((int) title.pagesInSite() / 3);
        assertThat(read(preview.root().resolve("archiv/2023/index.html"))).contains("Umbenannte Meldung 5 aus");
    }

    @Test
    void reportsAFindingInAnArticleAtItsLineAfterTheLinesAboveItChange() {
        // a heading that skips a level: a finding of the article's text, reported at its line
        String skipping = read(A) + "\n#### Ganz unten\n\nText.\n";
        RebuildReport first = edit(A, skipping);
        assertSameAsFullBuild(first, false);
        String at = lineOf(first, "heading level skips");

        RebuildReport moved = edit(A, skipping.replace("## Einzelheiten", "Ein Satz.\n\nNoch einer.\n\n## Einzelheiten"));
        assertSameAsFullBuild(moved, false);
        assertThat(lineOf(moved, "heading level skips")).isNotEqualTo(at);

        // an edit elsewhere keeps the report as it was
        RebuildReport elsewhere = edit(B, read(B) + "\nEin neuer Satz am Ende.\n");
        assertSameAsFullBuild(elsewhere, false);
        assertThat(lineOf(elsewhere, "heading level skips")).isEqualTo(lineOf(moved, "heading level skips"));
    }

    private static String lineOf(RebuildReport report, String message) {
        return report.result().diagnostics().stream().filter(d -> d.message().contains(message))
                .map(d -> d.file() + ":" + d.position().line()).findFirst().orElseThrow();
    }

    @Test
    void makesAgainOnlyTheRedirectPagesWhenTheirTemplateChanges() {
        RebuildReport report = edit("themes/default/templates/alias.peb",
                read("themes/default/templates/alias.peb").replace("</body>", "<!-- umgezogen -->\n</body>"));

        assertThat(report.ok()).isTrue();
        assertThat(report.result().pages()).isZero();
        assertThat(report.result().files()).isEqualTo(1);
        assertThat(read(preview.root().resolve("alt/kiezrunde/index.html"))).contains("<!-- umgezogen -->");
    }

    @Test
    void makesEveryPageAgainWhenTheLayoutChanges() {
        RebuildReport report = edit("themes/default/templates/base.peb",
                read("themes/default/templates/base.peb").replace("</footer>", "<!-- Fuß -->\n</footer>"));

        assertThat(report.ok()).isTrue();
        assertThat((long) report.result().pages()).isEqualTo(report.pagesInSite());
    }

    @Test
    void makesNothingAgainWhenASaveChangedNothing() {
        RebuildReport report = edit(A, read(A));

        assertThat(report.ok()).isTrue();
        assertThat(report.result().files()).isZero();
        assertThat(report.reloadTabs()).isFalse();
    }

    private void assertSameAsFullBuild(RebuildReport report, boolean full) {
        assertThat(report.ok()).as(report.result().diagnostics().toString()).isTrue();
        assertThat(report.full()).isEqualTo(full);
        Path elsewhere = dir.resolve("voll-" + ++fullBuilds);
        BuildResult complete = Build.run(preview.options().withDestination(elsewhere));
        assertThat(complete.status()).isEqualTo(BuildResult.Status.OK);
        assertThat(differences(TestSite.snapshot(preview.root()), TestSite.snapshot(elsewhere))).isEmpty();
        assertThat(report.result().diagnostics()).isEqualTo(complete.diagnostics());
    }

    /** The files that are in only one of the two sites, or differ: a short message instead of two long maps. */
    private static List<String> differences(Map<String, String> preview, Map<String, String> full) {
        Set<String> paths = new TreeSet<>(preview.keySet());
        paths.addAll(full.keySet());
        return paths.stream().filter(p -> !Objects.equals(preview.get(p), full.get(p)))
                .map(p -> p + (preview.containsKey(p) ? full.containsKey(p) ? " differs" : " only in the preview"
                        : " missing in the preview"))
                .toList();
    }

    private RebuildReport edit(String path, String text) {
        site.file(path, text);
        return preview.rebuild(ChangeSet.of(root, List.of(root.resolve(path))));
    }

    private RebuildReport delete(String path) {
        site.delete(path);
        return preview.rebuild(ChangeSet.of(root, List.of(root.resolve(path))));
    }

    private String read(String path) {
        return read(root.resolve(path));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
