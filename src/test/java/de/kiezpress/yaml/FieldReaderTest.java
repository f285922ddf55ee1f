package de.kiezpress.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldReaderTest {
    private static final String FILE = "content/seiten/impressum.md";

    private final Diagnostics diagnostics = new Diagnostics();
    private final FieldReader read = new FieldReader(FILE, diagnostics);

    /** The value of key {@code v} in {@code "v: " + written}, read as front matter from line 2 of the file. */
    private YamlNode value(String yaml) {
        Diagnostics parsing = new Diagnostics();
        YamlMap map = (YamlMap) new YamlReader().read(yaml, FILE, 1, parsing).orElseThrow();
        assertThat(parsing.sorted()).isEmpty();
        return map.find("v").orElseThrow();
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsTextFromAnyScalar() {
        assertThat(read.text(value("v: Hallo Kiez"), "title")).contains("Hallo Kiez");
        assertThat(read.text(value("v: 2022"), "title")).contains("2022");
        assertThat(read.text(value("v: 2022-06-14"), "title")).contains("2022-06-14");
        assertThat(read.text(value("v: true"), "title")).contains("true");
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void readsAnEmptyValueAsNoTextWithoutComplaint() {
        assertThat(read.text(value("v:"), "summary")).isEmpty();
        assertThat(read.nonBlankText(value("v: ~"), "summary")).isEmpty();
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void namesTheKeyAndPointsAtTheValueWhenTextIsAList() {
        assertThat(read.text(value("a: 1\nv: [eins, zwei]"), "title")).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":3:4: error: title: expected text, found a list");
    }

    @Test
    void namesTheKeyAndPointsAtTheValueWhenTextIsAGroupOfKeys() {
        assertThat(read.text(value("v:\n  name: x"), "title")).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":3:3: error: title: expected text, found a group of keys");
    }

    @Test
    void stripsNonBlankText() {
        assertThat(read.nonBlankText(value("v: '  Hallo  '"), "title")).contains("Hallo");
    }

    @Test
    void reportsBlankTextAtTheValue() {
        assertThat(read.nonBlankText(value("a: 1\nv: '   '"), "title")).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":3:4: error: title: must not be empty");
    }

    @Test
    void reportsARequiredKeyWithoutValueWhereTheValueBelongs() {
        assertThat(read.requiredText(value("a: 1\nv:\nb: 2"), "title")).isEmpty();
        assertThat(read.requiredText(value("v: ~"), "title")).isEmpty();

        assertThat(messages()).containsExactly(
                FILE + ":2:4: error: title: must not be empty",
                FILE + ":3:3: error: title: must not be empty");
    }

    @Test
    void readsRequiredTextLikeNonBlankText() {
        assertThat(read.requiredText(value("v: ' Hallo '"), "title")).contains("Hallo");
        assertThat(read.requiredText(value("v: ' '"), "title")).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":2:4: error: title: must not be empty");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"true, true", "false, false", "yes, true", "no, false", "on, true", "off, false", "True, true", "FALSE, false"})
    void readsYamlBooleans(String written, boolean expected) {
        assertThat(read.bool(value("v: " + written), "draft")).contains(expected);
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void reportsAWordThatIsNotTrueOrFalse() {
        assertThat(read.bool(value("a: 1\nv: vielleicht"), "draft")).isEmpty();

        assertThat(messages()).containsExactly(
                FILE + ":3:4: error: draft: \"vielleicht\" is not true or false (write true or false)");
    }

    @Test
    void reportsAQuotedTrueAsText() {
        assertThat(read.bool(value("v: \"true\""), "draft")).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":2:4: error: draft: \"true\" is not true or false (write true or false)");
    }

    @Test
    void reportsAListWhereTrueOrFalseIsExpected() {
        assertThat(read.bool(value("v: [true]"), "draft")).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":2:4: error: draft: expected true or false (write true or false)");
    }

    @Test
    void readsNoBooleanFromAnEmptyValue() {
        assertThat(read.bool(value("v:"), "draft")).isEmpty();
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, 1", "10, 10", "1000, 1000", "1_000, 1000", "+5, 5"})
    void readsWholeNumbersInRange(String written, int expected) {
        assertThat(read.integer(value("v: " + written), "pageSize", 1, 1000)).contains(expected);
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "1001", "-3", "99999999999"})
    void reportsWholeNumbersOutOfRangeAtTheValue(String written) {
        assertThat(read.integer(value("v: " + written), "pageSize", 1, 1000)).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":2:4: error: pageSize: " + written + " is out of range (1 to 1000)");
    }

    @Test
    void reportsTextWhereAWholeNumberIsExpected() {
        assertThat(read.integer(value("v: zehn"), "pageSize", 1, 1000)).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":2:4: error: pageSize: expected a whole number, found text");
    }

    @Test
    void reportsADecimalNumberWhereAWholeNumberIsExpectedWithoutCallingItTheSame() {
        assertThat(read.integer(value("v: 1.5"), "pageSize", 1, 1000)).isEmpty();

        assertThat(messages()).containsExactly(
                FILE + ":2:4: error: pageSize: expected a whole number, found a decimal number");
    }

    @Test
    void doesNotCallAHexadecimalNumberOutOfRange() {
        assertThat(read.integer(value("v: 0x0A"), "pageSize", 1, 1000)).isEmpty();

        assertThat(messages()).containsExactly(
                FILE + ":2:4: error: pageSize: \"0x0A\" is not written as a plain whole number (write it in digits, e.g. 10)");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, 0.0", "1, 1.0", "0.5, 0.5", "2.25, 2.25", "100, 100.0"})
    void readsNumbersInRange(String written, double expected) {
        assertThat(read.number(value("v: " + written), "related.textWeight", 0, 100)).contains(expected);
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-0.5", "100.5", ".inf"})
    void reportsNumbersOutOfRange(String written) {
        assertThat(read.number(value("v: " + written), "related.textWeight", 0, 100)).isEmpty();

        assertThat(messages()).containsExactly(
                FILE + ":2:4: error: related.textWeight: " + written + " is out of range (0.0 to 100.0)");
    }

    @Test
    void reportsTextWhereANumberIsExpected() {
        assertThat(read.number(value("v: viel"), "related.textWeight", 0, 100)).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":2:4: error: related.textWeight: expected a number, found text");
    }

    @Test
    void readsAListOfScalarsWithTheirPositions() {
        List<YamlScalar> topics = read.scalarList(value("v:\n  - Jugend\n  - Kita"), "topics");

        assertThat(topics).extracting(YamlScalar::value).containsExactly("Jugend", "Kita");
        assertThat(topics).extracting(s -> s.position().line()).containsExactly(3, 4);
    }

    @Test
    void readsASingleScalarAsAListOfOne() {
        assertThat(read.scalarList(value("v: Jugend"), "topics")).extracting(YamlScalar::value).containsExactly("Jugend");
        assertThat(read.scalarList(value("v:"), "topics")).isEmpty();
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void reportsEachEmptyEntryOfAListAtItsLine() {
        List<YamlScalar> topics = read.scalarList(value("v:\n  - Jugend\n  -\n  - ''\n  - Kita"), "topics");

        assertThat(topics).extracting(YamlScalar::value).containsExactly("Jugend", "Kita");
        assertThat(messages()).containsExactly(
                FILE + ":4:4: error: topics: the list has an empty entry",
                FILE + ":5:5: error: topics: the list has an empty entry");
    }

    @Test
    void reportsAListEntryThatIsNotText() {
        List<YamlScalar> topics = read.scalarList(value("v:\n  - Jugend\n  - [a, b]"), "topics");

        assertThat(topics).extracting(YamlScalar::value).containsExactly("Jugend");
        assertThat(messages()).containsExactly(FILE + ":4:5: error: topics entry: expected text, found a list");
    }

    @Test
    void reportsAGroupOfKeysWhereAListIsExpected() {
        assertThat(read.scalarList(value("v:\n  a: b"), "topics")).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":3:3: error: topics: expected a list, found a group of keys");
    }

    @Test
    void readsAListOfGroups() {
        List<YamlMap> attachments = read.mapList(value("v:\n  - title: A\n    file: a.pdf\n  - title: B\n    file: b.pdf"),
                "attachments");

        assertThat(attachments).hasSize(2);
        assertThat(attachments.get(1).position().line()).isEqualTo(5);
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void reportsTextWhereAListOfGroupsIsExpected() {
        assertThat(read.mapList(value("v: protokoll.pdf"), "attachments")).isEmpty();

        assertThat(messages()).containsExactly(
                FILE + ":2:4: error: attachments: expected a list (each entry starting with \"- \"), found text");
    }

    @Test
    void reportsAListEntryThatIsNotAGroup() {
        assertThat(read.mapList(value("v:\n  - protokoll.pdf"), "attachments")).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":3:5: error: attachments entry: expected a group of keys "
                + "(one \"name: value\" per indented line), found text");
    }

    @Test
    void readsAGroupOfKeysAndNothingFromAnEmptyValue() {
        assertThat(read.map(value("v:\n  a: b"), "image")).map(m -> m.entries().size()).contains(1);
        assertThat(read.map(value("v:"), "image")).isEmpty();
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void warnsAboutEachUnknownKeyAtTheKeyWithASuggestion() {
        YamlMap map = (YamlMap) new YamlReader().read("titel: x\ndate: 2022-06-14\nfoo: y\n", FILE, 1, diagnostics)
                .orElseThrow();

        read.warnUnknownKeys(map, List.of("title", "date"), "");

        assertThat(messages()).containsExactly(
                FILE + ":2:1: warning: unknown key \"titel\" (did you mean \"title\"?)",
                FILE + ":4:1: warning: unknown key \"foo\"");
    }

    @Test
    void namesTheParentKeyOfAnUnknownNestedKey() {
        YamlMap image = (YamlMap) value("v:\n  src: a.jpg\n  atl: Bild");

        read.warnUnknownKeys(image, List.of("src", "alt", "caption", "decorative"), "image.");

        assertThat(messages()).containsExactly(FILE + ":4:3: warning: unknown key \"image.atl\" (did you mean \"alt\"?)");
    }

    @Test
    void findsNothingForAKeyThatIsNotThere() {
        YamlMap map = (YamlMap) value("v:\n  a: b");

        assertThat(map.find("b")).isEqualTo(Optional.empty());
        assertThat(map.findEntry("a")).map(YamlMap.Entry::name).contains("a");
    }
}
