package de.kiezpress.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** Renders the ids {@link Headings} assigned, instead of Flexmark's own (which keep umlauts). */
final class ExplicitIdGenerator implements HtmlIdGenerator {
    static final HeaderIdGeneratorFactory FACTORY = new HeaderIdGeneratorFactory() {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new ExplicitIdGenerator();
        }

        @Override
        public HtmlIdGenerator create() {
            return new ExplicitIdGenerator();
        }
    };

    @Override
    public void generateIds(Document document) {
        // ids are assigned before rendering, by Headings
    }

    @Override
    public String getId(Node node) {
        return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return null;
    }
}
