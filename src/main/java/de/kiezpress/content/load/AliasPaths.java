package de.kiezpress.content.load;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks an old URL path from {@code aliases:}: it must be a path on this site that cannot leave
 * the destination once written as a file ({@code ..}, encoded or not, is refused).
 */
final class AliasPaths {
    private AliasPaths() {
    }

    /** The path, starting with {@code /}; folders end with {@code /}; empty if unsafe. */
    static Optional<String> normalise(String written) {
        String value = written.strip();
        if (!value.startsWith("/") || value.startsWith("//") || value.contains("\\") || value.contains("?")
                || value.contains("#")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (String segment : decoded.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return Optional.empty();
            }
        }
        if (decoded.equals("/") || decoded.contains("//")) {
            return Optional.empty();
        }
        String last = decoded.substring(decoded.lastIndexOf('/') + 1);
        boolean isFile = last.endsWith(".html") || last.endsWith(".htm");
        return Optional.of(isFile || decoded.endsWith("/") ? decoded : decoded + "/");
    }
}
