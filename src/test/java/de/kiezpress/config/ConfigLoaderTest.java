package de.kiezpress.config;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
    private static final String MINIMAL = "title: Sozialraum Berlin\nbaseUrl: https://example.org/\n";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<SiteConfig> parse(String yaml) {
        return ConfigLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), diagnostics);
    }

    private SiteConfig parseValid(String yaml) {
        Optional<SiteConfig> config = parse(yaml);
        assertThat(messages()).isEmpty();
        return config.orElseThrow();
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void fillsInTheDefaultsAroundTitleAndBaseUrl() {
        SiteConfig config = parseValid(MINIMAL);

        assertThat(config.title()).isEqualTo("Sozialraum Berlin");
        assertThat(config.baseUrl()).isEqualTo(new BaseUrl("https://example.org", "/"));
        assertThat(config.description()).isEmpty();
        assertThat(config.language()).isEqualTo("de");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.districts()).isEqualTo(SiteConfig.BERLIN_DISTRICTS).hasSize(13).contains("Neukölln", "Berlin");
        assertThat(config.pageSize()).isEqualTo(10);
        assertThat(config.feedSize()).isEqualTo(20);
        assertThat(config.theme()).isEqualTo("default");
        assertThat(config.unsafeHtml()).isFalse();
        assertThat(config.publisher()).isEqualTo(new Publisher("Sozialraum Berlin", Optional.empty(), Optional.empty()));
        assertThat(config.links()).isEqualTo(SiteLinks.DEFAULT);
        assertThat(config.related()).isEqualTo(RelatedConfig.DEFAULTS);
    }

    @Test
    void readsEverySetting() {
        SiteConfig config = parseValid("""
                title: "  Kiez aktuell  "
                description: Nachrichten aus den Kiezen
                baseUrl: https://example.org/sozialraum
                language: en
                timeZone: Europe/London
                districts: [Mitte, Pankow]
                pageSize: 25
                feedSize: 50
                theme: schlicht-2
                unsafeHtml: true
                publisher:
                  name: Pressestelle
                  url: https://example.org/
                  email: presse@example.org
                links:
                  accessibility: /erklaerung/
                  feedback: /kontakt/#barriere
                  easyLanguage: /ls/
                  signLanguage: /dgs/
                  imprint: /impressum-neu/
                  privacy: /daten/
                related:
                  count: 3
                  topicWeight: 2
                  districtWeight: 1.5
                  textWeight: 0.5
                  recencyWeight: 0
                  recencyHalfLifeDays: 90
                  maxDocumentFrequency: 0.3
                """);

        assertThat(config.title()).isEqualTo("Kiez aktuell");
        assertThat(config.description()).contains("Nachrichten aus den Kiezen");
        assertThat(config.baseUrl()).isEqualTo(new BaseUrl("https://example.org", "/sozialraum/"));
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(config.districts()).containsExactly("Mitte", "Pankow");
        assertThat(config.pageSize()).isEqualTo(25);
        assertThat(config.feedSize()).isEqualTo(50);
        assertThat(config.theme()).isEqualTo("schlicht-2");
        assertThat(config.unsafeHtml()).isTrue();
        assertThat(config.publisher()).isEqualTo(new Publisher("Pressestelle", Optional.of("https://example.org/"),
                Optional.of("presse@example.org")));
        assertThat(config.links()).isEqualTo(new SiteLinks("/erklaerung/", "/kontakt/#barriere", "/ls/", "/dgs/",
                "/impressum-neu/", "/daten/"));
        assertThat(config.related()).isEqualTo(new RelatedConfig(OptionalInt.of(3), OptionalDouble.of(2),
                OptionalDouble.of(1.5), OptionalDouble.of(0.5), OptionalDouble.of(0), OptionalInt.of(90),
                OptionalDouble.of(0.3)));
    }

    @Test
    void keepsDefaultsForTheLinksAndRelatedSettingsLeftOut() {
        SiteConfig config = parseValid(MINIMAL + "links:\n  imprint: /impressum-neu/\nrelated:\n  count: 2\n");

        assertThat(config.links().imprint()).isEqualTo("/impressum-neu/");
        assertThat(config.links().privacy()).isEqualTo(SiteLinks.DEFAULT.privacy());
        assertThat(config.related().count()).hasValue(2);
        assertThat(config.related().textWeight()).isEmpty();
    }

    @Test
    void namesThePublisherAfterTheSiteWhenNoNameIsGiven() {
        SiteConfig config = parseValid(MINIMAL + "publisher:\n  email: presse@example.org\n");

        assertThat(config.publisher().name()).isEqualTo("Sozialraum Berlin");
        assertThat(config.publisher().email()).contains("presse@example.org");
    }

    @Test
    void loadsTheExampleSiteShippedWithTheRepository() {
        Optional<SiteConfig> config = ConfigLoader.load(Path.of(""), diagnostics);

        assertThat(messages()).isEmpty();
        assertThat(config.orElseThrow().title()).isEqualTo("Sozialraumorientierung in Berlin");
        assertThat(config.get().baseUrl().toString()).isEqualTo("https://sozialraum.example.org/");
    }

    @Test
    void loadsKiezpressYamlFromTheSiteFolder(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("kiezpress.yaml"), MINIMAL + "pageSize: 5\n");

        assertThat(ConfigLoader.load(site, diagnostics)).map(SiteConfig::pageSize).contains(5);
    }

    // --- errors ----------------------------------------------------------------------------------

    @Test
    void reportsAMissingFileNamingTheFolder(@TempDir Path site) {
        assertThat(ConfigLoader.load(site, diagnostics)).isEmpty();

        assertThat(messages()).containsExactly("kiezpress.yaml: error: no kiezpress.yaml in "
                + site.toAbsolutePath().normalize() + " (run kiezpress in the site's folder or point -s at it)");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(parse("# nichts\n")).isEmpty();

        assertThat(messages()).containsExactly(
                "kiezpress.yaml:1:1: error: kiezpress.yaml is empty (it needs at least title and baseUrl)");
    }

    @Test
    void reportsAMissingTitle() {
        assertThat(parse("baseUrl: https://example.org/\n")).isEmpty();

        assertThat(messages()).containsExactly(
                "kiezpress.yaml:1:1: error: title is missing (add a line: title: \"Name of the site\")");
    }

    @Test
    void reportsAMissingBaseUrl() {
        assertThat(parse("title: Kiez\n")).isEmpty();

        assertThat(messages()).containsExactly("kiezpress.yaml:1:1: error: baseUrl is missing "
                + "(add a line: baseUrl: \"https://example.org/\" (where the site will be published))");
    }

    @Test
    void reportsATitleWithoutValueAsEmptyAtItsLine() {
        assertThat(parse("baseUrl: https://example.org/\ntitle:\n")).isEmpty();

        assertThat(messages()).containsExactly("kiezpress.yaml:2:7: error: title: must not be empty");
    }

    @Test
    void reportsABaseUrlWithoutValueAsEmptyAtItsLine() {
        assertThat(parse("title: Kiez\nbaseUrl: ''\n")).isEmpty();
        assertThat(parse("title: Kiez\nbaseUrl:\n")).isEmpty();

        assertThat(messages()).containsExactly(
                "kiezpress.yaml:2:9: error: baseUrl: must not be empty",
                "kiezpress.yaml:2:10: error: baseUrl: must not be empty");
    }

    @Test
    void reportsAnInvalidBaseUrlAtItsLine() {
        assertThat(parse("title: Kiez\n\nbaseUrl: example.org/sozialraum\n")).isEmpty();

        assertThat(messages()).containsExactly("kiezpress.yaml:3:10: error: baseUrl: \"example.org/sozialraum\" is not "
                + "an absolute http(s) URL (e.g. https://example.org/ or https://example.org/sozialraum/)");
    }

    @Test
    void warnsAboutAnUnknownKeyWithASuggestionAndItsLineAndStillLoads() {
        Optional<SiteConfig> config = parse(MINIMAL + "pagesize: 5\ntitel: Doppelt\n");

        assertThat(messages()).containsExactly(
                "kiezpress.yaml:3:1: warning: unknown key \"pagesize\" (did you mean \"pageSize\"?)",
                "kiezpress.yaml:4:1: warning: unknown key \"titel\" (did you mean \"title\"?)");
        assertThat(config.orElseThrow().pageSize()).isEqualTo(10);
    }

    @Test
    void warnsAboutUnknownNestedKeysNamingTheirGroup() {
        parse(MINIMAL + "publisher:\n  mail: a@b.de\nrelated:\n  cuont: 3\nlinks:\n  impressum: /i/\n");

        assertThat(messages()).containsExactly(
                "kiezpress.yaml:4:3: warning: unknown key \"publisher.mail\" (did you mean \"email\"?)",
                "kiezpress.yaml:6:3: warning: unknown key \"related.cuont\" (did you mean \"count\"?)",
                // the German word is too far from "imprint" for a typo: no suggestion rather than a wrong one
                "kiezpress.yaml:8:3: warning: unknown key \"links.impressum\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "pageSize: zehn                 | 3:11 | pageSize: expected a whole number, found text",
        "pageSize: 0                    | 3:11 | pageSize: 0 is out of range (1 to 1000)",
        "feedSize: 1001                 | 3:11 | feedSize: 1001 is out of range (1 to 1000)",
        "pageSize: [10]                 | 3:11 | pageSize: expected a whole number, found a list",
        "unsafeHtml: vielleicht         | 3:13 | unsafeHtml: \"vielleicht\" is not true or false (write true or false)",
        "language: Deutsch              | 3:11 | language: \"Deutsch\" is not a language code such as de or en",
        "timeZone: Europe/Berlln        | 3:11 | timeZone: \"Europe/Berlln\" is not a time zone (e.g. Europe/Berlin)",
        "theme: ../../etc               | 3:8  | theme: \"../../etc\" is not a folder name under themes/",
        "districts: []                  | 3:12 | districts: the list is empty (leave the key out to use Berlin's twelve districts)",
        "publisher: Pressestelle        | 3:12 | publisher: expected a group of keys (one \"name: value\" per indented line), found text",
        "links: {imprint: impressum}    | 3:18 | links.imprint: \"impressum\" is not a path on this site (start it with /, e.g. /impressum/)",
        "links: {imprint: //evil.org/}  | 3:18 | links.imprint: \"//evil.org/\" is not a path on this site (start it with /, e.g. /impressum/)",
        "related: {count: 51}           | 3:18 | related.count: 51 is out of range (0 to 50)",
        "related: {topicWeight: -1}     | 3:24 | related.topicWeight: -1 is out of range (0.0 to 100.0)",
        "related: {textWeight: viel}    | 3:23 | related.textWeight: expected a number, found text",
        "related: {maxDocumentFrequency: 0} | 3:33 | related.maxDocumentFrequency: 0 is out of range (1.0E-4 to 1.0)",
        "related: {recencyHalfLifeDays: 0}  | 3:32 | related.recencyHalfLifeDays: 0 is out of range (1 to 36500)",
    })
    void reportsAWrongValueAtItsLineAndRefusesTheSettings(String line, String position, String message) {
        assertThat(parse(MINIMAL + line + "\n")).isEmpty();

        assertThat(messages()).containsExactly("kiezpress.yaml:" + position + ": error: " + message);
    }

    @Test
    void reportsDistrictsWrittenAsAGroupOfKeysOnce() {
        assertThat(parse(MINIMAL + "districts: {Mitte: 1}\n")).isEmpty();

        assertThat(messages()).containsExactly(
                "kiezpress.yaml:3:12: error: districts: expected a list, found a group of keys");
    }

    @Test
    void reportsADistrictListedTwiceAtTheSecond() {
        assertThat(parse(MINIMAL + "districts:\n  - Mitte\n  - Pankow\n  - Mitte\n")).isEmpty();

        assertThat(messages()).containsExactly("kiezpress.yaml:6:5: error: districts: \"Mitte\" is listed twice");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(parse("titel: Kiez\nbaseUrl: kiez.example\npageSize: 0\nlanguage: 12\n")).isEmpty();

        assertThat(messages()).containsExactly(
                "kiezpress.yaml:1:1: error: title is missing (add a line: title: \"Name of the site\")",
                "kiezpress.yaml:1:1: warning: unknown key \"titel\" (did you mean \"title\"?)",
                "kiezpress.yaml:2:10: error: baseUrl: \"kiez.example\" is not an absolute http(s) URL "
                        + "(e.g. https://example.org/ or https://example.org/sozialraum/)",
                "kiezpress.yaml:3:11: error: pageSize: 0 is out of range (1 to 1000)",
                "kiezpress.yaml:4:11: error: language: \"12\" is not a language code such as de or en");
    }

    @Test
    void reportsSettingsThatAreAListInsteadOfKeys() {
        assertThat(parse("- title: Kiez\n")).isEmpty();

        assertThat(messages()).containsExactly("kiezpress.yaml:1:1: error: the settings: expected a group of keys "
                + "(one \"name: value\" per indented line), found a list");
    }

    @Test
    void reportsAYamlSyntaxErrorAtItsLine() {
        assertThat(parse(MINIMAL + "description: Kiez: neu\n")).isEmpty();

        assertThat(messages()).containsExactly("kiezpress.yaml:3:18: error: YAML syntax error: mapping values are not "
                + "allowed here (put the value in quotes when it contains \": \")");
    }

    @Test
    void refusesAFileThatIsNotUtf8AtTheBadByte() {
        byte[] latin1 = "title: Gr\u00f6\u00dfe\nbaseUrl: https://example.org/\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ConfigLoader.parse(latin1, diagnostics)).isEmpty();

        assertThat(messages()).hasSize(1).first().asString()
                .startsWith("kiezpress.yaml:1:10: error: the file is not UTF-8: byte 0xF6 cannot be read");
    }

    @Test
    void readsAFileWithByteOrderMarkAndWindowsLineEnds() {
        byte[] bytes = ("\uFEFFtitle: Kiez\r\nbaseUrl: https://example.org/\r\npagesize: 3\r\n").getBytes(StandardCharsets.UTF_8);

        Optional<SiteConfig> config = ConfigLoader.parse(bytes, diagnostics);

        assertThat(config.orElseThrow().title()).isEqualTo("Kiez");
        assertThat(messages()).containsExactly(
                "kiezpress.yaml:3:1: warning: unknown key \"pagesize\" (did you mean \"pageSize\"?)");
    }
}
