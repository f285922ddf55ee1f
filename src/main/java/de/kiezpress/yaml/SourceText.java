package de.kiezpress.yaml;

import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file the user wrote into text: UTF-8 only, a byte-order mark
 * dropped, Windows and old Mac line endings made {@code \n}, so that line numbers match what the
 * user's editor shows.
 */
public final class SourceText {
    private SourceText() {
    }

    public static Optional<String> decode(byte[] bytes, String file, Diagnostics diagnostics) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            diagnostics.error(file, Position.line(1), "the file is saved as UTF-16, not UTF-8",
                    "save it as UTF-8 (in most editors: \"Save as\", encoding \"UTF-8\")");
            return Optional.empty();
        }
        // The JDK's own decoding is far faster than a reporting decoder; it only turns bad bytes
        // into U+FFFD, so the reporting decoder runs when one appears, to tell where.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
            if (result.isError()) {
                int offset = in.position();
                diagnostics.error(file, positionOf(bytes, start, offset),
                        String.format("the file is not UTF-8: byte 0x%02X cannot be read", bytes[offset] & 0xFF),
                        "save it as UTF-8 (in most editors: \"Save as\", encoding \"UTF-8\")");
                return Optional.empty();
            }
        }
        // A zero byte is valid UTF-8 but never in a text someone wrote: it is how UTF-16 saved
        // without a byte-order mark looks, and left in, it would only fail later as a puzzling
        // "no front matter" or YAML error.
        if (text.indexOf('\0') >= 0) {
            for (int i = start; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    diagnostics.error(file, positionOf(bytes, start, i),
                            "the file contains a zero byte, so it is not UTF-8 text (perhaps UTF-16)",
                            "save it as UTF-8 (in most editors: \"Save as\", encoding \"UTF-8\")");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(normaliseLineEndings(text));
    }

    /** CRLF and lone CR become LF; text without CR is returned as is. */
    public static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Position positionOf(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            // a line ends at LF, or at a CR not followed by LF (old Mac files), as normaliseLineEndings reads them
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return Position.of(line, before.codePointCount(0, before.length()) + 1);
    }
}
