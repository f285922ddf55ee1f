package de.kiezpress.audit;

import de.kiezpress.config.BaseUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** The vague texts' length, with room for punctuation and spaces around them. */
    private static final int LONGEST_VAGUE_TEXT = 40;
    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final BaseUrl baseUrl;

    public PageAudit(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Audits one page, found at {@code outputFile} (e.g. {@code bezirke/index.html}). */
    public PageReport audit(String outputFile, String html) {
        PageScan scan = new PageScan();
        HtmlScanner.scan(html, scan);
        List<Finding> findings = new ArrayList<>();
        if (scan.title == null || scan.title.toString().isBlank()) {
            findings.add(Finding.of("page without a title", "the template must fill <title>"));
        }
        if (scan.lang == null || scan.lang.isBlank()) {
            findings.add(Finding.of("page without a language (lang on <html>)", "the template must set <html lang>"));
        }
        findings.addAll(scan.findings);
        checkHeadings(scan.headings, findings);
        List<InternalLink> links = new ArrayList<>();
        for (PageScan.Reference reference : scan.references) {
            Optional<InternalLink> internal = resolve(reference.url(), outputFile, reference.resource());
            if (reference.resource() && internal.isEmpty() && isOtherHost(reference.url())) {
                findings.add(new Finding("loads a resource from another host: " + reference.url(),
                        "put the file into the site; the site makes no third-party requests", "src:" + reference.url()));
            } else {
                internal.ifPresent(links::add);
            }
        }
        return new PageReport(outputFile, findings, scan.ids, links);
    }

    private static void checkHeadings(List<PageScan.Heading> headings, List<Finding> findings) {
        long h1 = headings.stream().filter(h -> h.level() == 1).count();
        if (h1 != 1) {
            findings.add(Finding.of("the page has " + h1 + " main headings (h1); it needs exactly one",
                    h1 == 0 ? "the template must print the title as <h1>" : "start headings in the text at ## (h2)"));
        }
        int previous = 0;
        for (PageScan.Heading heading : headings) {
            if (heading.text().isBlank()) {
                findings.add(new Finding("empty heading (h" + heading.level() + ")", "give the heading a text or remove it",
                        "id:" + heading.id()));
            }
            if (previous > 0 && heading.level() > previous + 1) {
                findings.add(new Finding("heading level skips from h" + previous + " to h" + heading.level() + ": \""
                        + heading.text() + "\"", "use h" + (previous + 1) + " here; headings go down one level at a time",
                        "id:" + heading.id()));
            }
            previous = heading.level();
        }
    }

    /** Whether a link text says nothing out of context, unless extended for screen readers. */
    static boolean isVague(String name) {
        if (name.length() > LONGEST_VAGUE_TEXT) {
            // every vague text is short; most link texts are titles, which need no closer look
            return false;
        }
        // lowercase, punctuation and runs of spaces as one space, trimmed: in one pass, as this
        // runs for every short link of every page (navigation, page numbers, topics)
        StringBuilder normalised = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && normalised.length() > 0) {
                    normalised.append(' ');
                }
                normalised.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return VAGUE_LINK_TEXTS.contains(normalised.toString());
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
