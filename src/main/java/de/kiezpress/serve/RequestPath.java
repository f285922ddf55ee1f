package de.kiezpress.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The path of a request, decoded and checked before it comes near the file system: a path that
 * could name anything outside the served folder is refused, not cleaned up, since a cleaned-up
 * path serves a file the request did not ask for.
 *
 * @param segments      the decoded names between slashes
 * @param trailingSlash whether the path ends with {@code /} (a folder was asked for)
 */
record RequestPath(List<String> segments, boolean trailingSlash) {
    RequestPath {
        segments = List.copyOf(segments);
    }

    /**
     * Decodes a raw path ({@code /bezirke/neuk%C3%B6lln/}); empty when it is refused: {@code .}
     * and {@code ..} segments (also percent-encoded), encoded slashes and backslashes, NUL and
     * other control characters, empty segments ({@code //}), bad percent-encoding or UTF-8.
     */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.indexOf('\\') >= 0 || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        boolean trailingSlash = rawPath.endsWith("/");
        String inner = rawPath.substring(1, trailingSlash && rawPath.length() > 1 ? rawPath.length() - 1 : rawPath.length());
        List<String> segments = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String raw : inner.split("/", -1)) {
                Optional<String> segment = decode(raw);
                if (segment.isEmpty() || segment.get().isEmpty() || segment.get().equals(".") || segment.get().equals("..")
                        || segment.get().chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\' || c == '/')) {
                    return Optional.empty();
                }
                segments.add(segment.get());
            }
        }
        return Optional.of(new RequestPath(segments, trailingSlash));
    }

    /** The decoded path, starting with {@code /}, with its trailing slash. */
    String path() {
        String joined = "/" + String.join("/", segments);
        return trailingSlash && !segments.isEmpty() ? joined + "/" : joined;
    }

    private static Optional<String> decode(String raw) {
        byte[] bytes = new byte[raw.length() * 3];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes[length++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
