package de.kiezpress.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The text of a Flexmark sequence as a {@code String}. Flexmark copies a sequence character by
 * character, each through two bounds checks; a plain slice of the parsed file is copied here in one
 * go instead. Text is most of a body, and this copy was a sixth of all Markdown work.
 */
final class Chars {
    /** The class of a plain slice of a parsed string: its characters are those of its base, in a row. */
    private static final Class<?> SLICE = BasedSequence.of("ab").subSequence(0, 1).getClass();

    private Chars() {
    }

    /** Exactly what {@code chars.toString()} gives. */
    static String text(BasedSequence chars) {
        if (isPlainSlice(chars)) {
            String text = ((String) chars.getBase()).substring(chars.getStartOffset(), chars.getEndOffset());
            // Flexmark reads NUL as U+FFFD (CommonMark's rule for insecure characters)
            return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    /** Whether the sequence is a run of characters of a string, copied in one go by {@link #text}. */
    static boolean isPlainSlice(BasedSequence chars) {
        return chars.getClass() == SLICE && chars.getBase() instanceof String
                && chars.getEndOffset() - chars.getStartOffset() == chars.length();
    }
}
