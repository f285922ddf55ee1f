package de.kiezpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit statuses, usage errors, help and version, settings errors. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void printsHelpAndExitsZero() {
        TestSite.Run run = TestSite.Run.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: kiezpress").contains("build");
    }

    @Test
    void printsTheBuildOptionsInItsHelp() {
        TestSite.Run run = TestSite.Run.of("build", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--source").contains("--destination").contains("--drafts").contains("--future")
                .contains("--base-url").contains("--strict");
    }

    @Test
    void printsTheVersion() {
        TestSite.Run run = TestSite.Run.of("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("kiezpress ");
    }

    @Test
    void treatsAnUnknownCommandAsWrongUsage() {
        TestSite.Run run = TestSite.Run.of("bauen");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bauen");
    }

    @Test
    void treatsAnUnknownFlagAsWrongUsage() {
        TestSite.Run run = TestSite.Run.of("build", "--schnell");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--schnell").contains("kiezpress build --help");
    }

    @Test
    void treatsNoCommandAsWrongUsage() {
        TestSite.Run run = TestSite.Run.of();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: kiezpress");
    }

    @Test
    void exitsTwoWithoutKiezpressYaml() {
        TestSite.Run run = TestSite.Run.of("build", "-s", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("kiezpress.yaml: error: no kiezpress.yaml in");
    }

    @Test
    void exitsTwoOnAnUnusableSettingNamingItsLine() {
        TestSite site = TestSite.in(dir).config("title: Test\nbaseUrl: example.org\npageSize: zehn\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.diagnostics()).containsExactly(
                "kiezpress.yaml:2:10: error: baseUrl: \"example.org\" is not an absolute http(s) URL "
                        + "(e.g. https://example.org/ or https://example.org/sozialraum/)",
                "kiezpress.yaml:3:11: error: pageSize: expected a whole number, found text");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void warnsAboutAnUnknownSettingWithItsLineAndASuggestion() {
        TestSite site = TestSite.in(dir).config("title: Test\nbaseUrl: https://example.org/\npagesize: 5\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("kiezpress.yaml:3:1: warning: unknown key \"pagesize\" (did you mean \"pageSize\"?)");
    }

    @Test
    void refusesAnInvalidBaseUrlFlagAsWrongUsage() {
        TestSite site = TestSite.in(dir);

        TestSite.Run run = site.build("--base-url", "nicht-absolut");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--base-url: \"nicht-absolut\" is not an absolute http(s) URL");
    }

    @Test
    void usesTheBaseUrlFlagInsteadOfTheSetting() {
        TestSite site = TestSite.in(dir).article("content/pressemitteilungen/2022-01-01-a.md", "", "A.");

        assertThat(site.build("--base-url", "https://staging.example.org/test/").exit()).isZero();

        assertThat(site.read("pressemitteilungen/2022/a/index.html"))
                .contains("href=\"https://staging.example.org/test/pressemitteilungen/2022/a/\"");
    }
}
