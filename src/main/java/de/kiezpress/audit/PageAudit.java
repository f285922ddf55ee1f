package de.kiezpress.audit;

import de.kiezpress.config.BaseUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The checks SPEC.md names for every rendered page. Stateless and thread-safe: pages are audited
 * while they are rendered, in parallel; links between pages are checked afterwards by
 * {@link LinkChecker}.
 */
public final class PageAudit {
    /** Link texts that say nothing out of context (WCAG 2.4.4, failure F84), German and English. */
    static final Set<String> VAGUE_LINK_TEXTS = Set.of("hier", "hier klicken", "klicken sie hier", "mehr", "mehr erfahren",
            "mehr lesen", "weiter", "weiterlesen", "details", "link", "download", "herunterladen", "here", "click here",
            "more", "read more", "learn more");
    private static final String RESOURCE_SELECTOR = "img[src], script[src], link[href][rel~=(?i)^(stylesheet|icon|preload|modulepreload|manifest)$], "
            + "iframe[src], source[src], video[src], video[poster], audio[src], track[src], embed[src], object[data], input[type=image][src]";

    private final BaseUrl baseUrl;

    public PageAudit(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Audits one page, found at {@code outputFile} (e.g. {@code bezirke/index.html}). */
    public PageReport audit(String outputFile, String html) {
        Document document = Jsoup.parse(html);
        List<Finding> findings = new ArrayList<>();
        checkTitleAndLanguage(document, findings);
        checkImages(document, findings);
        checkLinkTexts(document, findings);
        checkHeadings(document, findings);
        Set<String> ids = checkIds(document, findings);
        List<InternalLink> links = new ArrayList<>();
        collectLinks(document, outputFile, findings, links);
        return new PageReport(outputFile, findings, ids, links);
    }

    private static void checkTitleAndLanguage(Document document, List<Finding> findings) {
        if (document.title().isBlank()) {
            findings.add(Finding.of("page without a title", "the template must fill <title>"));
        }
        if (document.selectFirst("html[lang]") == null || document.selectFirst("html").attr("lang").isBlank()) {
            findings.add(Finding.of("page without a language (lang on <html>)", "the template must set <html lang>"));
        }
    }

    private static void checkImages(Document document, List<Finding> findings) {
        for (Element image : document.select("img:not([alt])")) {
            findings.add(new Finding("image without alt text: " + image.attr("src"),
                    "describe the image, or give alt=\"\" if it is decorative", "src:" + image.attr("src")));
        }
    }

    private static void checkLinkTexts(Document document, List<Finding> findings) {
        for (Element link : document.select("a[href]")) {
            String name = accessibleName(link);
            if (name.isBlank()) {
                findings.add(new Finding("link without text: " + link.attr("href"), "give the link a text that says where it leads",
                        "href:" + link.attr("href")));
                continue;
            }
            String normalised = name.toLowerCase(Locale.GERMAN).replaceAll("[\\p{Punct}…»«„“”]+", " ").strip()
                    .replaceAll("\\s+", " ");
            if (VAGUE_LINK_TEXTS.contains(normalised) && !link.hasAttr("aria-label") && !link.hasAttr("aria-describedby")) {
                findings.add(new Finding("link text \"" + name.strip() + "\" says nothing out of context",
                        "say where the link leads, e.g. \"Protokoll der Sitzung\"", "href:" + link.attr("href")));
            }
        }
    }

    private static String accessibleName(Element link) {
        if (!link.attr("aria-label").isBlank()) {
            return link.attr("aria-label");
        }
        StringBuilder name = new StringBuilder(link.text());
        for (Element image : link.select("img[alt]")) {
            name.append(' ').append(image.attr("alt"));
        }
        for (Element svg : link.select("svg[aria-label]")) {
            name.append(' ').append(svg.attr("aria-label"));
        }
        return name.toString();
    }

    private static void checkHeadings(Document document, List<Finding> findings) {
        var headings = document.select("h1, h2, h3, h4, h5, h6");
        long h1 = headings.stream().filter(h -> h.normalName().equals("h1")).count();
        if (h1 != 1) {
            findings.add(Finding.of("the page has " + h1 + " main headings (h1); it needs exactly one",
                    h1 == 0 ? "the template must print the title as <h1>" : "start headings in the text at ## (h2)"));
        }
        int previous = 0;
        for (Element heading : headings) {
            int level = heading.normalName().charAt(1) - '0';
            if (heading.text().isBlank()) {
                findings.add(new Finding("empty heading (h" + level + ")", "give the heading a text or remove it",
                        "id:" + heading.id()));
            }
            if (previous > 0 && level > previous + 1) {
                findings.add(new Finding("heading level skips from h" + previous + " to h" + level + ": \""
                        + heading.text().strip() + "\"", "use h" + (previous + 1) + " here; headings go down one level at a time",
                        "id:" + heading.id()));
            }
            previous = level;
        }
    }

    private static Set<String> checkIds(Document document, List<Finding> findings) {
        Set<String> ids = new HashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Element element : document.select("[id]")) {
            String id = element.id();
            if (!ids.add(id) && reported.add(id)) {
                findings.add(new Finding("duplicate id \"" + id + "\"", "ids must be unique on a page; rename a heading",
                        "id:" + id));
            }
        }
        return ids;
    }

    private void collectLinks(Document document, String outputFile, List<Finding> findings, List<InternalLink> links) {
        for (Element element : document.select(RESOURCE_SELECTOR)) {
            String attribute = element.hasAttr("src") ? "src" : element.hasAttr("href") ? "href"
                    : element.hasAttr("poster") ? "poster" : "data";
            String url = element.attr(attribute).strip();
            Optional<InternalLink> internal = resolve(url, outputFile, true);
            if (internal.isEmpty() && isOtherHost(url)) {
                findings.add(new Finding("loads a resource from another host: " + url,
                        "put the file into the site; the site makes no third-party requests", "src:" + url));
            } else {
                internal.ifPresent(links::add);
            }
        }
        for (Element link : document.select("a[href], area[href]")) {
            resolve(link.attr("href").strip(), outputFile, false).ifPresent(links::add);
        }
    }

    private boolean isOtherHost(String url) {
        return url.startsWith("//") || url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !url.regionMatches(true, 0, "data:", 0, 5);
    }

    /** The output file and anchor a URL points to, when it points into this site. */
    Optional<InternalLink> resolve(String href, String outputFile, boolean resource) {
        if (href.isEmpty() || href.regionMatches(true, 0, "mailto:", 0, 7) || href.regionMatches(true, 0, "tel:", 0, 4)
                || href.regionMatches(true, 0, "data:", 0, 5)) {
            return Optional.empty();
        }
        String own = baseUrl.origin() + baseUrl.basePath();
        String path;
        if (href.startsWith("#")) {
            return Optional.of(new InternalLink("", decode(href.substring(1)), resource, href));
        } else if (href.startsWith(own)) {
            path = baseUrl.basePath() + href.substring(own.length());
        } else if (href.startsWith("/") && !href.startsWith("//")) {
            if (!href.startsWith(baseUrl.basePath())) {
                return Optional.of(new InternalLink("\0outside", "", resource, href));
            }
            path = href;
        } else if (href.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || href.startsWith("//")) {
            return Optional.empty();
        } else {
            try {
                URI resolved = new URI(null, null, "/" + outputFile, null).resolve(href);
                path = baseUrl.basePath() + resolved.getRawPath().substring(1)
                        + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.of(new InternalLink("\0invalid", "", resource, href));
            }
        }
        int hash = path.indexOf('#');
        String fragment = hash < 0 ? "" : decode(path.substring(hash + 1));
        path = hash < 0 ? path : path.substring(0, hash);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        String relative = decode(path.substring(baseUrl.basePath().length()));
        String file = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
        return Optional.of(new InternalLink(file, fragment, resource, href));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
