package de.kiezpress.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL-safe names: lowercase ASCII, German transliterated ({@code ä→ae ö→oe ü→ue ß→ss}), other
 * marks dropped, anything else a single {@code -}.
 * "Bürgerbeteiligung in Steglitz-Zehlendorf" → {@code buergerbeteiligung-in-steglitz-zehlendorf}.
 */
public final class Slug {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    private Slug() {
    }

    /** The slug of any text; empty when nothing URL-safe is left. */
    public static String of(String text) {
        // NFC first: an umlaut written as letter + combining mark (macOS file names are NFD) must
        // become "ue", not lose its mark and turn into "u"
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("ẞ", "ss");
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder slug = new StringBuilder(stripped.length());
        boolean dash = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }

    /** Whether {@code text} already is a slug (what a {@code slug:} in front matter must be). */
    public static boolean isValid(String text) {
        return VALID.matcher(text).matches();
    }

    /** A file or folder name without extension and without a leading {@code YYYY-MM-DD-}. */
    public static String fromFileName(String name) {
        return of(DATE_PREFIX.matcher(name).replaceFirst(""));
    }
}
