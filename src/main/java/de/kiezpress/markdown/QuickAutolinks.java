package de.kiezpress.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's autolink extension (bare URLs, www. addresses and e-mail addresses become links),
 * with a cheap test first: its post-processor unescapes and scans every text node of a body,
 * which cost a third of all Markdown work, while only text with {@code :}, {@code @} or
 * {@code www.} can hold a link. The linking itself is Flexmark's.
 */
final class QuickAutolinks implements Parser.ParserExtension {
    private QuickAutolinks() {
    }

    static QuickAutolinks create() {
        return new QuickAutolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // Flexmark's defaults
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether a text can contain a link the extension would make. */
    static boolean mayHoldLink(BasedSequence sequence) {
        String chars = Chars.text(sequence);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < chars.length() && chars.charAt(i + 3) == '.'
                    && (chars.charAt(i + 1) == 'w' || chars.charAt(i + 1) == 'W')
                    && (chars.charAt(i + 2) == 'w' || chars.charAt(i + 2) == 'W')) {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars())) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
