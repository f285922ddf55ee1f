package de.kiezpress.content.load;

import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.util.Optional;

/** Splits a content file into its YAML front matter (between two {@code ---} lines) and its body. */
final class FrontMatterSplitter {

    /**
     * @param yaml      the text between the fences
     * @param body      everything after the closing fence
     * @param yamlLine  the file line the YAML starts at (2)
     * @param bodyLine  the file line the body starts at
     */
    record Split(String yaml, String body, int yamlLine, int bodyLine) {
    }

    private FrontMatterSplitter() {
    }

    static Optional<Split> split(String text, String file, Diagnostics diagnostics) {
        int firstEnd = text.indexOf('\n');
        String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!isFence(firstLine)) {
            diagnostics.error(file, Position.of(1, 1), "no front matter: the file must start with a line \"---\"",
                    "did you forget the \"---\"? Put title and date between two lines \"---\" at the top");
            return Optional.empty();
        }
        int line = 2;
        int start = firstEnd + 1;
        int cursor = start;
        while (firstEnd >= 0 && cursor <= text.length()) {
            int end = text.indexOf('\n', cursor);
            String current = end < 0 ? text.substring(cursor) : text.substring(cursor, end);
            if (isFence(current) || current.stripTrailing().equals("...")) {
                String yaml = text.substring(start, cursor);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new Split(yaml, body, 2, line + 1));
            }
            if (end < 0) {
                break;
            }
            cursor = end + 1;
            line++;
        }
        diagnostics.error(file, Position.of(1, 1), "the front matter is not closed",
                "add a line \"---\" after the last front-matter key");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
