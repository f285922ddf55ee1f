package de.kiezpress.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.parser.Parser;

/**
 * The text of a node, words separated by spaces. Flexmark's own TextCollectingVisitor trips an
 * internal assertion (segment length) on some documents once links have been rewritten, and the
 * related-articles index and heading ids only need the words.
 */
final class PlainText {
    private PlainText() {
    }

    static String of(Node node) {
        return of(node, Integer.MAX_VALUE);
    }

    /** The same, stopping once {@code limit} characters are collected (the rest is left out). */
    static String of(Node node, int limit) {
        StringBuilder out = new StringBuilder(Math.min(node.getTextLength(), limit) + 64);
        append(node, out, limit);
        return out.toString().strip();
    }

    /**
     * The text a reader sees of an inline run (a paragraph): escapes and entities resolved, German
     * quotation marks and dashes as rendered, footnote markers, images and raw tags left out.
     * Rendering the paragraph and stripping its tags again cost a fifth of all Markdown work.
     */
    static String asRead(Node node) {
        StringBuilder out = new StringBuilder(node.getTextLength());
        appendAsRead(node, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendAsRead(Node node, StringBuilder out) {
        if (node instanceof Text) {
            out.append(Escaping.unescapeString(Chars.text(node.getChars())));
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof HtmlEntity) {
            out.append(Parser.unescapeEntities(node.getChars().toString(), false));
        } else if (node instanceof TypographicSmarts smarts) {
            out.append(Parser.unescapeEntities(smarts.getTypographicText(), false));
        } else if (node instanceof TypographicQuotes quotes) {
            out.append(Parser.unescapeEntities(quotes.getTypographicOpening(), false));
            appendChildrenAsRead(node, out);
            out.append(Parser.unescapeEntities(quotes.getTypographicClosing(), false));
        } else if (node instanceof DelimitedLinkNode link) {
            out.append(link.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (!(node instanceof Footnote || node instanceof Image || node instanceof HtmlInline)) {
            appendChildrenAsRead(node, out);
        }
    }

    private static void appendChildrenAsRead(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendAsRead(child, out);
        }
    }

    private static void append(Node node, StringBuilder out, int limit) {
        if (out.length() >= limit) {
            return;
        }
        if (node instanceof Text) {
            out.append(Chars.text(node.getChars()));
            return;
        }
        if (node instanceof Code code) {
            out.append(code.getText());
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out, limit);
        }
        if (node instanceof Block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
