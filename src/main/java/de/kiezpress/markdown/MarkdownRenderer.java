package de.kiezpress.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.Permalinks;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders article bodies. One parser and one renderer are built per site and shared by all
 * threads (Flexmark's are immutable once built); each call works on its own document.
 */
public final class MarkdownRenderer {
    /**
     * How much of a body's plain text is kept: it is read only to find related articles, whose
     * index analyses the opening of each text (4,000 characters by default).
     */
    static final int PLAIN_TEXT_LIMIT = 4_000;

    private final MarkdownOptions options;
    private final Path contentRoot;
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(MarkdownOptions options, Path contentRoot) {
        this.options = options;
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        MutableDataSet settings = new MutableDataSet();
        settings.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                QuickAutolinks.create(), FootnoteExtension.create(), TypographicExtension.create()));
        // German quotation marks: „doppelt“ and ‚einfach‘; the apostrophe stays ’.
        settings.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "&bdquo;");
        settings.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&ldquo;");
        settings.set(TypographicExtension.SINGLE_QUOTE_OPEN, "&sbquo;");
        settings.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "&lsquo;");
        settings.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "&rsquo;");
        settings.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "&#8617;<span class=\"visually-hidden\"> "
                + escape(options.footnoteBackLabel()) + "</span>");
        settings.set(TablesExtension.CLASS_NAME, "table");
        settings.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        settings.set(HtmlRenderer.RENDER_HEADER_ID, true);
        settings.set(HtmlRenderer.SOFT_BREAK, "\n");
        // write the HTML as it comes: the line formatting Flexmark does by default cost a quarter of
        // rendering and changes nothing in what kiezpress renders (compared on the example site and
        // a 1,000-article corpus)
        settings.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        this.parser = Parser.builder(settings).build();
        this.renderer = HtmlRenderer.builder(settings).htmlIdGeneratorFactory(ExplicitIdGenerator.FACTORY)
                .attributeProviderFactory(TableCellAttributes.FACTORY).nodeRendererFactory(TextRenderer.FACTORY).build();
    }

    /** Renders the body of {@code file}; problems are reported against its lines. */
    public RenderedMarkdown render(ContentFile file, LinkTargets targets, Diagnostics diagnostics) {
        Document document = parser.parse(file.markdown());
        LineIndex lines = new LineIndex(file.markdown(), file.bodyLine());
        Headings.process(document, options.reservedIds());
        String outputDir = Permalinks.outputFile(file.url()).replaceFirst("index\\.html$", "");
        var rewriter = new LinkRewriter(new LinkRewriter.Context(file.sourcePath(), file.file(), contentRoot, outputDir,
                options.baseUrl(), options.unsafeHtml(), targets, lines, diagnostics));
        var resources = rewriter.rewrite(document);
        boolean hasRawHtml = !options.unsafeHtml() && reportUnsafeHtml(document, lines, file.sourcePath(), diagnostics);
        String html = renderer.render(document);
        if (hasRawHtml) {
            html = HtmlSanitiser.clean(html);
        }
        return new RenderedMarkdown(html, firstParagraph(document), PlainText.of(document, PLAIN_TEXT_LIMIT),
                resources, sourceMap(document, lines));
    }

    /** Where each heading, link and image of the body was written, keyed as the audit sees them. */
    private static Map<String, Position> sourceMap(Document document, LineIndex lines) {
        Map<String, Position> map = new HashMap<>();
        for (Node node : document.getDescendants()) {
            String key = null;
            if (node instanceof Heading heading) {
                key = "id:" + heading.getAnchorRefId();
            } else if (node instanceof Link link) {
                key = "href:" + link.getUrl();
            } else if (node instanceof Image image) {
                key = "src:" + image.getUrl();
            }
            if (key != null) {
                map.putIfAbsent(key, lines.at(node.getStartOffset()));
            }
        }
        return map;
    }

    /** Warns about each piece of raw HTML that will be cleaned; true if there is raw HTML at all. */
    private static boolean reportUnsafeHtml(Document document, LineIndex lines, String file, Diagnostics diagnostics) {
        boolean any = false;
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                any = true;
                List<String> problems = HtmlSanitiser.problems(node.getChars().toString());
                if (!problems.isEmpty()) {
                    diagnostics.warning(file, lines.at(node.getStartOffset()),
                            "raw HTML removed: " + String.join(", ", problems.stream().distinct().toList()),
                            "set unsafeHtml: true in kiezpress.yaml only if every author is trusted");
                }
            }
        }
        return any;
    }

    private String firstParagraph(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                String text = PlainText.asRead(paragraph);
                if (!text.isEmpty()) {
                    return cut(text, options.summaryLength());
                }
            }
        }
        return "";
    }

    /** Cuts at the last word boundary within {@code max} characters, marking the cut with "…". */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        int end = space > max / 2 ? space : max - 1;
        // never between the two halves of a surrogate pair (an emoji): half a character is not text
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String kept = text.substring(0, end);
        return kept.replaceAll("[\\s,;:.–-]+$", "") + " …";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
