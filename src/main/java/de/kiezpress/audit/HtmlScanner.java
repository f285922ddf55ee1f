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
    }

    private final String html;
    private final Handler handler;
    private int at;

    private HtmlScanner(String html, Handler handler) {
        this.html = html;
        this.handler = handler;
    }

    static void scan(String html, Handler handler) {
        new HtmlScanner(html, handler).run();
    }

    private void run() {
        int length = html.length();
        while (at < length) {
            int open = html.indexOf('<', at);
            if (open < 0) {
                text(at, length);
                return;
            }
            if (open > at) {
                text(at, open);
            }
            at = open;
            if (html.startsWith("<!--", at)) {
                int end = html.indexOf("-->", at + 4);
                at = end < 0 ? length : end + 3;
            } else if (html.startsWith("<!", at) || html.startsWith("<?", at)) {
                int end = html.indexOf('>', at);
                at = end < 0 ? length : end + 1;
            } else if (html.startsWith("</", at) && at + 2 < length && isLetter(html.charAt(at + 2))) {
                endTag();
            } else if (at + 1 < length && isLetter(html.charAt(at + 1))) {
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
        while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        List<Attribute> attributes = new ArrayList<>(4);
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int attrStart = i;
            while (i < html.length() && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String attrName = html.substring(attrStart, i).toLowerCase(Locale.ROOT);
            while (i < html.length() && isSpace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < html.length() && html.charAt(i) == '=') {
                i++;
                while (i < html.length() && isSpace(html.charAt(i))) {
                    i++;
                }
                if (i < html.length() && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    char quote = html.charAt(i);
                    int end = html.indexOf(quote, i + 1);
                    end = end < 0 ? html.length() : end;
                    value = html.substring(i + 1, end);
                    i = Math.min(html.length(), end + 1);
                } else {
                    int valueStart = i;
                    while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    value = html.substring(valueStart, i);
                }
            }
            attributes.add(new Attribute(attrName, decode(value)));
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
        while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        int end = html.indexOf('>', i);
        at = end < 0 ? html.length() : end + 1;
        handler.endTag(name);
    }

    /** Raw text up to the element's end tag: reported as text for {@code title}, skipped for scripts. */
    private void skipRawText(String name, boolean report) {
        int end = indexOfIgnoreCase("</" + name, at);
        int stop = end < 0 ? html.length() : end;
        if (report && stop > at) {
            text(at, stop);
        }
        at = stop;
    }

    private void text(int from, int to) {
        if (handler.wantsText()) {
            handler.text(decode(html.substring(from, to)));
        }
    }

    private int indexOfIgnoreCase(String needle, int from) {
        for (int i = from; i <= html.length() - needle.length(); i++) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
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
