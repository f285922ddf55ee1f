package de.kiezpress.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders plain text nodes the way Flexmark does (escapes resolved, HTML special characters
 * escaped), without going through its sequence machinery character by character: text is most of
 * a body, and this halves rendering.
 */
final class TextRenderer implements NodeRenderer {
    static final NodeRendererFactory FACTORY = options -> new TextRenderer();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
            String raw = Chars.text(node.getChars());
            html.raw(escape(raw.indexOf('\\') >= 0 || raw.indexOf('&') >= 0 ? Escaping.unescapeString(raw) : raw));
        }));
    }

    /** {@code & < > "} as character references, as Flexmark's own text rendering writes them. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
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
