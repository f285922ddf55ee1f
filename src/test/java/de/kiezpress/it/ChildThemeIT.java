package de.kiezpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme can extend the default theme ({@code theme.yaml: extends: default}) and replace single
 * templates, static files or strings, as docs/themes.md describes. The site here has no copy of
 * the default theme: it comes from inside kiezpress.
 */
class ChildThemeIT {
    @TempDir
    Path site;

    @Test
    void aChildThemeReplacesSingleTemplatesStaticFilesAndStrings() throws IOException {
        writeSite("kiez-nord");
        write("themes/kiez-nord/theme.yaml", "name: kiez-nord\nextends: default\n");
        write("themes/kiez-nord/templates/partials/logo.peb", "<svg class=\"site-logo\" aria-hidden=\"true\" focusable=\"false\" data-theme=\"kiez-nord\"></svg>\n");
        write("themes/kiez-nord/static/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" data-theme=\"kiez-nord\"/>\n");
        write("themes/kiez-nord/static/css/kiez-nord.css", ":root { --kp-header-bg: #123456; }\n");
        write("themes/kiez-nord/templates/partials/head-extra.peb", "<link rel=\"stylesheet\" href=\"{{ url('/css/kiez-nord.css') }}\">\n");
        write("themes/kiez-nord/i18n/de.yaml", "nav:\n  home: Startseite\nterms:\n  count:\n    other: \"{0} Meldungen\"\n");

        BuildResult result = build();

        String home = read("site/index.html");
        assertThat(home).contains("data-theme=\"kiez-nord\"")          // the child's partial
                .contains(">Startseite</a>")                            // the child's string
                .contains(">Pressemitteilungen</a>")                    // the parent's strings stay
                .contains("class=\"skip-link\"")                        // the parent's templates stay
                .contains("<link rel=\"stylesheet\" href=\"/css/kiezpress.css\">\n<style>")
                .contains("<link rel=\"stylesheet\" href=\"/css/kiez-nord.css\">");  // added after the default stylesheet
        assertThat(read("site/bezirke/index.html")).contains("(2 Meldungen)").contains("(1 Beitrag)");
        assertThat(read("site/favicon.svg")).contains("kiez-nord");
        assertThat(read("site/css/kiez-nord.css")).contains("#123456");
        assertThat(read("site/css/kiezpress.css")).contains("--kp-header-bg: #0b2d4f");
        assertThat(result.diagnostics()).noneMatch(d -> d.toString().contains("is missing"));
    }

    @Test
    void aChildThemeMayChangeOnlyStrings() throws IOException {
        writeSite("nur-texte");
        write("themes/nur-texte/theme.yaml", "extends: default\n");
        write("themes/nur-texte/i18n/de.yaml", "skip:\n  toContent: Direkt zum Inhalt\n");

        build();

        assertThat(read("site/index.html")).contains(">Direkt zum Inhalt</a>").contains(">Start</a>");
    }

    private BuildResult build() {
        BuildResult result = Build.run(BuildOptions.of(site));
        assertThat(result.status()).as("%s", result.diagnostics()).isEqualTo(BuildResult.Status.OK);
        return result;
    }

    private void writeSite(String theme) throws IOException {
        write("kiezpress.yaml", "title: Kiez Nord\nbaseUrl: https://kiez-nord.example.org/\ntheme: " + theme + "\n");
        write("content/pressemitteilungen/2024-05-02-erste.md",
                "---\ntitle: Erste Meldung\ndate: 2024-05-02\ndistrict: Pankow\n---\nText der ersten Meldung.\n");
        write("content/pressemitteilungen/2024-06-03-zweite.md",
                "---\ntitle: Zweite Meldung\ndate: 2024-06-03\ndistrict: Pankow\n---\nText der zweiten Meldung.\n");
        write("content/pressemitteilungen/2024-07-04-dritte.md",
                "---\ntitle: Dritte Meldung\ndate: 2024-07-04\ndistrict: Mitte\n---\nText der dritten Meldung.\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String relative) throws IOException {
        return Files.readString(site.resolve(relative));
    }
}
