package de.kiezpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Keeps raw HTML in Markdown harmless: no scripts, event handlers, {@code javascript:} URLs,
 * iframes or forms. The allow-list covers everything Flexmark itself renders.
 */
final class HtmlSanitiser {
    private static final String[] TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col",
        "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4",
        "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var"};
    private static final Set<String> ALLOWED_TAGS = Set.of(TAGS);
    private static final Safelist SAFELIST = new Safelist()
            .addTags(TAGS)
            .addAttributes(":all", "id", "class", "lang", "dir", "title", "aria-label", "aria-hidden", "role")
            .addAttributes("a", "href", "rel", "hreflang")
            .addAttributes("img", "src", "alt", "width", "height", "loading")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start", "reversed", "type")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .addAttributes("q", "cite")
            .addAttributes("blockquote", "cite")
            .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    private static final String BASE = "https://kiezpress.invalid/";

    private HtmlSanitiser() {
    }

    /** The body with everything outside the allow-list removed. */
    static String clean(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, SAFELIST, settings);
    }

    /** What in one piece of raw HTML would be removed, as short descriptions for a warning. */
    static List<String> problems(String rawHtml) {
        List<String> problems = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(rawHtml).body().getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("body")) {
                continue;
            }
            if (!ALLOWED_TAGS.contains(tag)) {
                problems.add("<" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (name.startsWith("on")) {
                    problems.add(name + " attribute");
                } else if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    problems.add(value.substring(0, value.indexOf(':') + 1) + " URL");
                }
            }
        }
        return problems;
    }
}
