package de.kiezpress.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * A one-pass tokenizer for the HTML kiezpress renders: start tags with their attributes, end
 * tags and text, in document order, without building a tree. Auditing every page of a large
 * site through a full DOM parse cost more than rendering it; the audit only needs the tokens.
 * Comments, doctypes and the contents of {@code script} and {@code style} are skipped.
 */
final class HtmlScanner {

    /** A start tag's attribute, its value with character references decoded. */
    record Attribute(String name, String value) {
    }

    /** What a scan reports, in document order. */
    interface Handler {
        void startTag(String name, List<Attribute> attributes);

        void endTag(String name);

        /** Text between tags, character references decoded; asked for only while {@link #wantsText()}. */
        void text(String text);

        /** Whether the handler needs the text at this point: most text of a page matters to no check. */
        boolean wantsText();

        /** Whether the handler reads attributes of this name; the values of others are not even copied. */
        boolean wantsAttribute(String name);
    }

    // a char array rather than the String: scanning by index is several times cheaper this way
    // under the client compiler the launcher chooses (no bounds-checked charAt per character)
    private final char[] html;
    private final int length;
    private final Handler handler;
    private int at;

    private HtmlScanner(String html, Handler handler) {
        this.html = html.toCharArray();
        this.length = this.html.length;
        this.handler = handler;
    }

    static void scan(String html, Handler handler) {
        new HtmlScanner(html, handler).run();
    }

    private void run() {
        while (at < length) {
            int open = indexOf('<', at);
            if (open < 0) {
                text(at, length);
                return;
            }
            if (open > at) {
                text(at, open);
            }
            at = open;
            if (startsWith("<!--", at)) {
                int end = indexOf("-->", at + 4, false);
                at = end < 0 ? length : end + 3;
            } else if (startsWith("<!", at) || startsWith("<?", at)) {
                int end = indexOf('>', at);
                at = end < 0 ? length : end + 1;
            } else if (startsWith("</", at) && at + 2 < length && isLetter(html[at + 2])) {
                endTag();
            } else if (at + 1 < length && isLetter(html[at + 1])) {
                startTag();
            } else {
                text(at, at + 1);
                at++;
            }
        }
    }

    private void startTag() {
        int nameStart = at + 1;
        int i = nameStart;
        while (i < length && !isSpace(html[i]) && html[i] != '>' && html[i] != '/') {
            i++;
        }
        String name = lowerName(nameStart, i);
        List<Attribute> attributes = new ArrayList<>(4);
        while (i < length) {
            char c = html[i];
            if (c == '>') {
                i++;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int attrStart = i;
            while (i < length && !isSpace(html[i]) && "=>/".indexOf(html[i]) < 0) {
                i++;
            }
            String attrName = lowerName(attrStart, i);
            while (i < length && isSpace(html[i])) {
                i++;
            }
            String value = "";
            boolean wanted = handler.wantsAttribute(attrName);
            if (i < length && html[i] == '=') {
                i++;
                while (i < length && isSpace(html[i])) {
                    i++;
                }
                if (i < length && (html[i] == '"' || html[i] == '\'')) {
                    char quote = html[i];
                    int end = indexOf(quote, i + 1);
                    end = end < 0 ? length : end;
                    value = wanted ? new String(html, i + 1, end - i - 1) : "";
                    i = Math.min(length, end + 1);
                } else {
                    int valueStart = i;
                    while (i < length && !isSpace(html[i]) && html[i] != '>') {
                        i++;
                    }
                    value = wanted ? new String(html, valueStart, i - valueStart) : "";
                }
            }
            if (wanted) {
                attributes.add(new Attribute(attrName, decode(value)));
            }
        }
        at = i;
        handler.startTag(name, attributes);
        if (name.equals("script") || name.equals("style")) {
            skipRawText(name, false);
        } else if (name.equals("title") || name.equals("textarea")) {
            skipRawText(name, true);
        }
    }

    private void endTag() {
        int nameStart = at + 2;
        int i = nameStart;
        while (i < length && !isSpace(html[i]) && html[i] != '>') {
            i++;
        }
        String name = lowerName(nameStart, i);
        int end = indexOf('>', i);
        at = end < 0 ? length : end + 1;
        handler.endTag(name);
    }

    /** Raw text up to the element's end tag: reported as text for {@code title}, skipped for scripts. */
    private void skipRawText(String name, boolean report) {
        int end = indexOf("</" + name, at, true);
        int stop = end < 0 ? length : end;
        if (report && stop > at) {
            text(at, stop);
        }
        at = stop;
    }

    private void text(int from, int to) {
        if (handler.wantsText()) {
            handler.text(decode(new String(html, from, to - from)));
        }
    }

    /** A tag or attribute name, lowercased only when it is not already (as in every page kiezpress renders). */
    private String lowerName(int from, int to) {
        String name = new String(html, from, to - from);
        for (int i = from; i < to; i++) {
            if (html[i] >= 'A' && html[i] <= 'Z') {
                return name.toLowerCase(Locale.ROOT);
            }
        }
        return name;
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < length; i++) {
            if (html[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(String needle, int from, boolean ignoreCase) {
        char first = needle.charAt(0);
        for (int i = indexOf(first, from); i >= 0 && i <= length - needle.length(); i = indexOf(first, i + 1)) {
            if (regionMatches(needle, i, ignoreCase)) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String prefix, int from) {
        return from + prefix.length() <= length && regionMatches(prefix, from, false);
    }

    private boolean regionMatches(String needle, int from, boolean ignoreCase) {
        for (int k = 0; k < needle.length(); k++) {
            char a = html[from + k];
            char b = needle.charAt(k);
            if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String text) {
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, true);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
