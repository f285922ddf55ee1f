package de.kiezpress.markdown;

import de.kiezpress.diag.Position;
import java.util.Arrays;

/** Turns offsets in a body into file positions, given the line the body starts at. */
final class LineIndex {
    private final int[] lineStarts;
    private final int firstLine;

    LineIndex(String text, int firstLine) {
        int[] starts = new int[16];
        int count = 1;
        // String.indexOf scans far faster than charAt per character
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.firstLine = firstLine;
    }

    Position at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return Position.of(firstLine + line, offset - lineStarts[line] + 1);
    }
}
