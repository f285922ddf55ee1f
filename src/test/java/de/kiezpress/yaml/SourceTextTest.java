package de.kiezpress.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTextTest {
    private static final String FILE = "content/pressemitteilungen/x.md";
    private static final String SAVE_AS_UTF8 = "save it as UTF-8 (in most editors: \"Save as\", encoding \"UTF-8\")";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<String> decode(byte[] bytes) {
        return SourceText.decode(bytes, FILE, diagnostics);
    }

    /** Bytes of {@code parts}: strings as UTF-8, integers as single raw bytes. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> all = diagnostics.sorted();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void readsUtf8AsItIs() {
        assertThat(decode(bytes("---\ntitle: Größe für Straße „Kiez“ 😀\n---\n"))).contains(
                "---\ntitle: Größe für Straße „Kiez“ 😀\n---\n");
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void readsAnEmptyFileAsEmptyText() {
        assertThat(decode(new byte[0])).contains("");
    }

    @Test
    void dropsAByteOrderMark() {
        assertThat(decode(bytes(0xEF, 0xBB, 0xBF, "---\ntitle: x\n"))).contains("---\ntitle: x\n");
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Windows (CRLF) | 'a\r\nb\r\n\r\nc'",
        "old Mac (CR)   | 'a\rb\r\rc'",
        "mixed          | 'a\r\nb\n\rc'",
    })
    void makesEveryLineEndingALineFeed(String name, String text) {
        assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).contains("a\nb\n\nc");
    }

    @Test
    void returnsTextWithoutCarriageReturnsUnchanged() {
        String text = "a\nb";

        assertThat(SourceText.normaliseLineEndings(text)).isSameAs(text);
    }

    @Test
    void refusesLatin1WithTheLineAndColumnOfTheBadByte() {
        // "Größe" saved as ISO-8859-1: ö is the single byte 0xF6
        byte[] latin1 = bytes("---\n", "title: Gr", 0xF6, 0xDF, "e\n---\n");

        assertThat(decode(latin1)).isEmpty();

        Diagnostic d = onlyDiagnostic();
        assertThat(d.format()).isEqualTo(FILE + ":2:10: error: the file is not UTF-8: byte 0xF6 cannot be read ("
                + SAVE_AS_UTF8 + ")");
    }

    @Test
    void countsTheColumnOfABadByteInCharactersAfterGoodUmlauts() {
        assertThat(decode(bytes("a\nä ü ", 0xE4, "\n"))).isEmpty();

        assertThat(onlyDiagnostic().position()).isEqualTo(Position.of(2, 5));
    }

    @Test
    void countsTheLineOfABadByteInAWindowsFile() {
        assertThat(decode(bytes("---\r\ntitle: x\r\ndate: ", 0xE4, "\r\n"))).isEmpty();

        assertThat(onlyDiagnostic().position()).isEqualTo(Position.of(3, 7));
    }

    @Test
    void countsTheLineOfABadByteInAnOldMacFile() {
        assertThat(decode(bytes("---\rtitle: x\rdate: ", 0xE4, "\r"))).isEmpty();

        assertThat(onlyDiagnostic().position()).isEqualTo(Position.of(3, 7));
    }

    @Test
    void countsTheColumnOfABadByteAfterAByteOrderMarkFromTheFirstCharacter() {
        assertThat(decode(bytes(0xEF, 0xBB, 0xBF, "ab", 0xFF))).isEmpty();

        assertThat(onlyDiagnostic().position()).isEqualTo(Position.of(1, 3));
    }

    @Test
    void refusesASequenceCutOffAtTheEnd() {
        // the first byte of "ä" (0xC3 0xA4) without the second
        assertThat(decode(bytes("title: ", 0xC3))).isEmpty();

        assertThat(onlyDiagnostic().format()).startsWith(FILE + ":1:8: error: the file is not UTF-8: byte 0xC3 cannot be read");
    }

    @Test
    void refusesAnOverlongEncoding() {
        // 0xC0 0xAF is an overlong "/", a classic way past path checks
        assertThat(decode(bytes("a", 0xC0, 0xAF))).isEmpty();

        assertThat(onlyDiagnostic().message()).isEqualTo("the file is not UTF-8: byte 0xC0 cannot be read");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"little-endian, 255, 254", "big-endian, 254, 255"})
    void refusesUtf16WithAByteOrderMark(String name, int first, int second) {
        byte[] utf16 = name.startsWith("little")
                ? "---\ntitle: x\n".getBytes(StandardCharsets.UTF_16LE)
                : "---\ntitle: x\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] withMark = new byte[utf16.length + 2];
        withMark[0] = (byte) first;
        withMark[1] = (byte) second;
        System.arraycopy(utf16, 0, withMark, 2, utf16.length);

        assertThat(decode(withMark)).isEmpty();

        assertThat(onlyDiagnostic().format()).isEqualTo(
                FILE + ":1:1: error: the file is saved as UTF-16, not UTF-8 (" + SAVE_AS_UTF8 + ")");
    }

    @Test
    void refusesUtf16WithoutAByteOrderMark() {
        assertThat(decode("---\ntitle: x\n".getBytes(StandardCharsets.UTF_16LE))).isEmpty();

        assertThat(onlyDiagnostic().format()).isEqualTo(
                FILE + ":1:2: error: the file contains a zero byte, so it is not UTF-8 text (perhaps UTF-16) ("
                        + SAVE_AS_UTF8 + ")");
    }
}
