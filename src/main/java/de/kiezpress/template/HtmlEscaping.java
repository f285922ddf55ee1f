package de.kiezpress.template;

/**
 * The escaping autoescape applies to every value a template prints: {@code & < > " '} as
 * character references, which is safe in text and in quoted attributes. Pebble's own HTML
 * strategy does the same through a general-purpose library, at several times the cost, and a
 * page prints hundreds of values.
 */
final class HtmlEscaping {
    static final String NAME = "kiezpress-html";

    private HtmlEscaping() {
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
