package de.kiezpress.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YamlReaderTest {
    private static final String FILE = "content/pressemitteilungen/x.md";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlNode> read(String yaml, int lineOffset) {
        return new YamlReader().read(yaml, FILE, lineOffset, diagnostics);
    }

    private YamlMap readMap(String yaml, int lineOffset) {
        YamlNode node = read(yaml, lineOffset).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(node).isInstanceOf(YamlMap.class);
        return (YamlMap) node;
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private Diagnostic onlyDiagnostic() {
        assertThat(diagnostics.sorted()).hasSize(1);
        return diagnostics.sorted().get(0);
    }

    // --- positions -------------------------------------------------------------------------------

    @Test
    void givesKeysAndValuesTheirExactOneBasedPositions() {
        YamlMap map = readMap("title: Hallo Kiez\ndate: 2022-06-14\n", 0);

        YamlMap.Entry title = map.findEntry("title").orElseThrow();
        YamlMap.Entry date = map.findEntry("date").orElseThrow();
        assertThat(title.key().position()).isEqualTo(Position.of(1, 1));
        assertThat(title.value().position()).isEqualTo(Position.of(1, 8));
        assertThat(date.key().position()).isEqualTo(Position.of(2, 1));
        assertThat(date.value().position()).isEqualTo(Position.of(2, 7));
    }

    @Test
    void movesEveryPositionDownByTheLinesBeforeTheYaml() {
        // front matter starts on line 2 of the file, after the opening ---
        YamlMap map = readMap("title: Hallo\ndate: 2022-06-14\n", 1);

        assertThat(map.position()).isEqualTo(Position.of(2, 1));
        assertThat(map.findEntry("title").orElseThrow().value().position()).isEqualTo(Position.of(2, 8));
        assertThat(map.findEntry("date").orElseThrow().key().position()).isEqualTo(Position.of(3, 1));
        assertThat(map.find("date").orElseThrow().position()).isEqualTo(Position.of(3, 7));
    }

    @Test
    void givesNestedKeysAndListItemsTheirOwnPositions() {
        YamlMap map = readMap("""
                image:
                  src: bild.jpg
                  alt: "Ein Spielplatz"
                topics:
                  - Jugend
                  - Kita
                related: [eins, zwei]
                """, 1);

        YamlMap image = (YamlMap) map.find("image").orElseThrow();
        assertThat(image.position()).isEqualTo(Position.of(3, 3));
        assertThat(image.findEntry("src").orElseThrow().key().position()).isEqualTo(Position.of(3, 3));
        assertThat(image.find("src").orElseThrow().position()).isEqualTo(Position.of(3, 8));
        assertThat(image.find("alt").orElseThrow().position()).isEqualTo(Position.of(4, 8));
        YamlList topics = (YamlList) map.find("topics").orElseThrow();
        assertThat(topics.items()).extracting(YamlNode::position)
                .containsExactly(Position.of(6, 5), Position.of(7, 5));
        YamlList related = (YamlList) map.find("related").orElseThrow();
        assertThat(related.items()).extracting(YamlNode::position)
                .containsExactly(Position.of(8, 11), Position.of(8, 17));
    }

    @Test
    void countsColumnsInCharactersAsAnEditorShowsThemEvenAfterUmlautsAndEmoji() {
        YamlMap map = readMap("größe: klein\n😀😀: x\n", 0);

        assertThat(map.find("größe").orElseThrow().position()).isEqualTo(Position.of(1, 8));
        assertThat(map.find("😀😀").orElseThrow().position()).isEqualTo(Position.of(2, 5));
    }

    @Test
    void pointsABlockScalarAtItsIndicator() {
        YamlMap map = readMap("summary: |\n  Zeile eins\n  Zeile zwei\n", 0);

        YamlScalar summary = (YamlScalar) map.find("summary").orElseThrow();
        assertThat(summary.value()).isEqualTo("Zeile eins\nZeile zwei\n");
        assertThat(summary.position()).isEqualTo(Position.of(1, 10));
    }

    @Test
    void keepsKeysInTheOrderWritten() {
        YamlMap map = readMap("b: 1\na: 2\nc: 3\n", 0);

        assertThat(map.entries()).extracting(YamlMap.Entry::name).containsExactly("b", "a", "c");
    }

    // --- scalars ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Hallo Kiez      | STRING",
        "'true'          | STRING",
        "\"12\"          | STRING",
        "'2022-06-14'    | STRING",
        "true            | BOOLEAN",
        "yes             | BOOLEAN",
        "Off             | BOOLEAN",
        "12              | INTEGER",
        "0x1F            | INTEGER",
        "1_000           | INTEGER",
        "1.5             | FLOAT",
        "~               | NULL",
        "null            | NULL",
        "2022-06-14      | TIMESTAMP",
        "!!str 123       | STRING",
    })
    void tellsWhatKindOfValueAPlainScalarIs(String written, YamlScalar.Kind kind) {
        YamlMap map = readMap("v: " + written + "\n", 0);

        assertThat(((YamlScalar) map.find("v").orElseThrow()).kind()).isEqualTo(kind);
    }

    @Test
    void readsAKeyWithoutValueAsNull() {
        YamlMap map = readMap("title:\ndate: 2022-06-14\n", 0);

        YamlScalar title = (YamlScalar) map.find("title").orElseThrow();
        assertThat(title.isNull()).isTrue();
        assertThat(title.value()).isEmpty();
        assertThat(title.describe()).isEqualTo("empty");
    }

    @Test
    void readsAListAtTheTop() {
        YamlNode node = read("- a\n- b\n", 0).orElseThrow();

        assertThat(node).isInstanceOf(YamlList.class);
        assertThat(((YamlList) node).items()).extracting(n -> ((YamlScalar) n).value()).containsExactly("a", "b");
        assertThat(node.describe()).isEqualTo("a list");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "\n\n", "# nur ein Kommentar\n", "   \n# x\n"})
    void givesNothingAndNoErrorForEmptyYaml(String yaml) {
        assertThat(read(yaml, 1)).isEmpty();
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void expandsAScalarAliasToItsValue() {
        YamlMap map = readMap("a: &name Kiezfonds\nb: *name\n", 0);

        assertThat(((YamlScalar) map.find("b").orElseThrow()).value()).isEqualTo("Kiezfonds");
    }

    @Test
    void readsCarriageReturnLineFeedsAsOneLineBreak() {
        YamlMap map = readMap("a:\r\n  b: 1\r\nc: 2\r\n", 0);

        assertThat(map.find("c").orElseThrow().position()).isEqualTo(Position.of(3, 4));
    }

    // --- syntax errors ---------------------------------------------------------------------------

    @Test
    void reportsAColonInAnUnquotedValueAtItsLineAndColumnWithAHint() {
        assertThat(read("date: 2022-06-14\ntitle: Kiez: neu\n", 1)).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":3:12: error: YAML syntax error: mapping values are not "
                + "allowed here (put the value in quotes when it contains \": \")");
    }

    @Test
    void reportsAnUnclosedQuoteWhereItOpensWithAHint() {
        assertThat(read("title: \"unclosed\ndate: 2022-06-14\nx: y", 1)).isEmpty();

        Diagnostic d = onlyDiagnostic();
        assertThat(d.message()).isEqualTo("YAML syntax error: while scanning a quoted scalar, found unexpected end of stream");
        assertThat(d.position()).isEqualTo(Position.of(2, 8));
        assertThat(d.hint()).isEqualTo("close the quote at the end of the value");
    }

    @Test
    void reportsAnUnclosedListWhereItOpensWithAHint() {
        assertThat(read("topics: [Jugend, Kita\ndate: 2022-06-14\n", 1)).isEmpty();

        Diagnostic d = onlyDiagnostic();
        assertThat(d.position()).isEqualTo(Position.of(2, 9));
        assertThat(d.hint()).isEqualTo("close the list with ]");
    }

    @Test
    void reportsBadIndentationAtTheLineThatBreaksIt() {
        assertThat(read("a: 1\n b: 2\n", 4)).isEmpty();

        assertThat(onlyDiagnostic().position()).isEqualTo(Position.of(6, 3));
    }

    @Test
    void hintsToIndentWithSpacesWhenATabIsUsed() {
        assertThat(read("image:\n\tsrc: a.jpg\n", 1)).isEmpty();

        Diagnostic d = onlyDiagnostic();
        assertThat(d.position()).isEqualTo(Position.of(3, 1));
        assertThat(d.message()).startsWith("YAML syntax error: ");
        assertThat(d.hint()).isEqualTo("indent with spaces, not tabs");
    }

    @Test
    void reportsAnUndefinedAliasAtItsPosition() {
        assertThat(read("a: &x 1\nb: *y\n", 1)).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":3:4: error: YAML syntax error: found undefined alias y");
    }

    @Test
    void refusesASecondDocument() {
        assertThat(read("a: 1\n---\nb: 2\n", 1)).isEmpty();

        Diagnostic d = onlyDiagnostic();
        assertThat(d.position()).isEqualTo(Position.of(3, 1));
        assertThat(d.message()).contains("expected a single document");
    }

    // --- limits ----------------------------------------------------------------------------------

    /** The "billion laughs": nine lists of nine aliases to the previous list, 9^9 values when expanded. */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("title: Hallo\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.toString();
    }

    @Test
    void refusesAliasBombQuicklyWithItsLine() {
        // a safety net against exponential expansion, far above the milliseconds it takes
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(billionLaughs(), 1));

        Diagnostic d = onlyDiagnostic();
        assertThat(d.message()).isEqualTo("the YAML cannot be read: it uses too many aliases (*name)");
        // the limit of 20 aliases is passed by the third alias of "d" on the 5th YAML line: *c, *c, *c
        assertThat(d.position()).isEqualTo(Position.of(6, 16));
    }

    @Test
    void refusesAnAliasBombThatStaysUnderTheAliasLimitByCountingTheValues() {
        // ten aliases, each doubling the previous list: 10 * 2^10 values
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous).append("]\n");
            previous = c;
        }

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThat(read(yaml.toString(), 0)).isEmpty());

        Diagnostic d = onlyDiagnostic();
        assertThat(d.message()).isEqualTo(
                "the YAML expands to too many values (an alias refers to itself or is repeated too often)");
        // 10 values in "a", then 20, 40, … : the 5000 are passed by "i" (2560 values) on YAML line 9
        assertThat(d.position()).isEqualTo(Position.of(9, 4));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a: &a [*a]", "a: &a {b: *a}", "a: &a [x, [y, *a]]"})
    void refusesAnAliasThatRefersToItself(String yaml) {
        assertThat(read("title: x\n" + yaml + "\n", 1)).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":3:4: error: the YAML expands to too many values "
                + "(an alias refers to itself or is repeated too often)");
    }

    @Test
    void refusesNestingDeeperThanTheLimitAtTheLineWhereItGetsTooDeep() {
        String yaml = "title: x\nlist:\n  - " + "[".repeat(30) + "]".repeat(30) + "\n";

        assertThat(read(yaml, 1)).isEmpty();

        Diagnostic d = onlyDiagnostic();
        assertThat(d.message()).isEqualTo("the YAML cannot be read: it is nested too deeply");
        assertThat(d.position().line()).isEqualTo(4);
    }

    @Test
    void readsNestingJustUnderTheLimit() {
        String yaml = "a: " + "[".repeat(19) + "x" + "]".repeat(19) + "\n";

        assertThat(read(yaml, 0)).isPresent();
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void refusesYamlLargerThanTheLimit() {
        YamlReader small = new YamlReader(new YamlReader.Limits(2048, 20, 20, 5_000));
        String justRight = "a: " + "x".repeat(2048 - 4) + "\n";
        String tooLarge = "a: " + "x".repeat(2048 - 3) + "\n";

        assertThat(small.read(justRight, FILE, 0, diagnostics)).isPresent();
        assertThat(diagnostics.isEmpty()).isTrue();
        assertThat(small.read(tooLarge, FILE, 3, diagnostics)).isEmpty();
        assertThat(messages()).containsExactly(FILE + ":4:1: error: the YAML is too large (more than 2 KB)");
    }

    @Test
    void refusesYamlLargerThanTheDefaultLimitOf256Kilobytes() {
        assertThat(read("a: \"" + "x".repeat(256 * 1024) + "\"\n", 1)).isEmpty();

        assertThat(messages()).containsExactly(FILE + ":2:1: error: the YAML is too large (more than 256 KB)");
    }

    // --- tags ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"!!python/object/apply:os.system [\"rm -rf /\"]", "!!javax.script.ScriptEngineManager [x]",
        "!<tag:yaml.org,2002:java.io.File> /etc/passwd"})
    void neverReadsAValueWithAGlobalTag(String value) {
        Optional<YamlNode> node = read("title: x\nx: " + value + "\n", 1);

        Diagnostic d = onlyDiagnostic();
        assertThat(d.isError()).isTrue();
        assertThat(d.position()).isEqualTo(Position.of(3, 4));
        assertThat(node.map(n -> ((YamlMap) n).find("x"))).satisfiesAnyOf(
                n -> assertThat(n).isEmpty(), n -> assertThat(n.orElseThrow()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x: !!python/object/apply:os.system [\"rm -rf /\"] | 4 | !!python/object/apply:os.system",
        "x: !!python/object:foo.Bar {a: 1}                  | 4 | !!python/object:foo.Bar",
        "x: !!java.io.File /etc/passwd                      | 4 | !!java.io.File",
        "x: !!binary aGVsbG8=                               | 4 | !!binary",
        "x: !!set {a, b}                                    | 4 | !!set",
        "x: !custom 1                                       | 4 | !custom",
    })
    void refusesUnsupportedTagsAtTheirPositionNamingThemAsWritten(String yaml, int column, String tag) {
        read("title: x\n" + yaml + "\n", 1);

        Diagnostic d = onlyDiagnostic();
        assertThat(d.isError()).isTrue();
        assertThat(d.position()).isEqualTo(Position.of(3, column));
        assertThat(d.message()).isEqualTo("unsupported YAML tag " + tag);
        assertThat(d.hint()).isEqualTo("remove the tag; only plain text, numbers, true/false, dates, lists and keys are read");
    }

    // --- keys ------------------------------------------------------------------------------------

    @Test
    void reportsADuplicateKeyAtItsSecondOccurrenceAndKeepsTheFirst() {
        Optional<YamlNode> node = read("title: Erster\ndate: 2022-06-14\ntitle: Zweiter\n", 1);

        assertThat(messages()).containsExactly(FILE + ":4:1: error: the key \"title\" appears twice (keep one of them)");
        YamlMap map = (YamlMap) node.orElseThrow();
        assertThat(((YamlScalar) map.find("title").orElseThrow()).value()).isEqualTo("Erster");
    }

    @Test
    void reportsAKeyThatIsNotAPlainName() {
        read("[a, b]: c\nd: e\n", 1);

        assertThat(messages()).containsExactly(FILE + ":2:1: error: a key must be a plain name");
    }
}
