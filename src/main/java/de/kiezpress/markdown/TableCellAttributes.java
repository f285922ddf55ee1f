package de.kiezpress.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Table cells without the {@code align} attribute HTML5 made obsolete (a class instead), and
 * header cells with {@code scope="col"} so screen readers announce the column.
 */
final class TableCellAttributes implements AttributeProvider {
    static final AttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new TableCellAttributes();
        }
    };

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell cell) {
            String align = attributes.getValue("align");
            if (!align.isEmpty()) {
                attributes.remove("align");
                attributes.addValue("class", "align-" + align);
            }
            if (cell.isHeader()) {
                attributes.replaceValue("scope", "col");
            }
        }
    }
}
