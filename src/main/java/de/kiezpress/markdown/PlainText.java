package de.kiezpress.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The text of a node, words separated by spaces. Flexmark's own TextCollectingVisitor trips an
 * internal assertion (segment length) on some documents once links have been rewritten, and the
 * related-articles index and heading ids only need the words.
 */
final class PlainText {
    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder(node.getTextLength());
        append(node, out);
        return out.toString().strip();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Text) {
            out.append(node.getChars());
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
            append(child, out);
        }
        if (node instanceof Block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
