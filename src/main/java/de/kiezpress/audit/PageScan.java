package de.kiezpress.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects, in one pass over a page's tokens, what the audit checks: title and language,
 * images without alt, link texts, headings, ids, and every URL the page links to or loads.
 */
final class PageScan implements HtmlScanner.Handler {
    /** Elements that load what their attribute names; what an audit calls "resources". */
    private static final Map<String, List<String>> RESOURCE_ATTRIBUTES = Map.of(
            "img", List.of("src"), "script", List.of("src"), "iframe", List.of("src"), "source", List.of("src"),
            "video", List.of("src", "poster"), "audio", List.of("src"), "track", List.of("src"), "embed", List.of("src"),
            "object", List.of("data"), "input", List.of("src"));
    private static final Set<String> LOADED_LINK_RELATIONS = Set.of("stylesheet", "icon", "preload", "modulepreload", "manifest");

    /** A heading in document order. */
    record Heading(int level, String id, String text) {
    }

    /** A URL the page points at: a link, or a resource it loads. */
    record Reference(String url, boolean resource) {
    }

    String lang;
    StringBuilder title;
    final List<Finding> findings = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final List<Reference> references = new ArrayList<>();
    private final Set<String> duplicateIds = new LinkedHashSet<>();

    private boolean inTitle;
    private OpenLink link;
    private int headingLevel;
    private String headingId;
    private StringBuilder headingText;

    /** A link whose text is still being read. */
    private static final class OpenLink {
        final String href;
        final String ariaLabel;
        final boolean described;
        final StringBuilder name = new StringBuilder();

        OpenLink(String href, String ariaLabel, boolean described) {
            this.href = href;
            this.ariaLabel = ariaLabel;
            this.described = described;
        }
    }

    @Override
    public void startTag(String name, List<HtmlScanner.Attribute> attributes) {
        String id = value(attributes, "id");
        if (id != null && !ids.add(id) && duplicateIds.add(id)) {
            findings.add(new Finding("duplicate id \"" + id + "\"", "ids must be unique on a page; rename a heading", "id:" + id));
        }
        switch (name) {
            case "html" -> lang = lang == null ? value(attributes, "lang") : lang;
            case "title" -> {
                if (title == null) {
                    title = new StringBuilder();
                    inTitle = true;
                }
            }
            case "a", "area" -> openLink(name, attributes);
            case "img" -> image(attributes);
            case "svg" -> {
                String label = value(attributes, "aria-label");
                if (link != null && label != null) {
                    link.name.append(' ').append(label);
                }
            }
            case "link" -> {
                String rel = value(attributes, "rel");
                String href = value(attributes, "href");
                if (href != null && rel != null && LOADED_LINK_RELATIONS.stream().anyMatch(r -> hasWord(rel, r))) {
                    references.add(new Reference(href.strip(), true));
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                closeHeading();
                headingLevel = name.charAt(1) - '0';
                headingId = id == null ? "" : id;
                headingText = new StringBuilder();
            }
            default -> {
                // other elements only matter for their id and resources
            }
        }
        List<String> loaded = RESOURCE_ATTRIBUTES.get(name);
        if (loaded != null && !name.equals("img")) {
            for (String attribute : loaded) {
                String url = value(attributes, attribute);
                if (url != null && !(name.equals("input") && !"image".equalsIgnoreCase(value(attributes, "type")))) {
                    references.add(new Reference(url.strip(), true));
                }
            }
        }
    }

    @Override
    public void endTag(String name) {
        switch (name) {
            case "title" -> inTitle = false;
            case "a", "area" -> closeLink();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> closeHeading();
            case "body", "html" -> {
                closeLink();
                closeHeading();
            }
            default -> {
                // nothing to close
            }
        }
    }

    /** Every attribute a check reads. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("id", "lang", "href", "src", "alt", "aria-label",
            "aria-describedby", "rel", "type", "poster", "data");

    @Override
    public boolean wantsAttribute(String name) {
        return READ_ATTRIBUTES.contains(name);
    }

    @Override
    public boolean wantsText() {
        return inTitle || link != null && link.ariaLabel == null || headingText != null;
    }

    @Override
    public void text(String text) {
        if (inTitle) {
            title.append(text);
        }
        if (link != null && link.ariaLabel == null) {
            link.name.append(text);
        }
        if (headingText != null) {
            headingText.append(text);
        }
    }

    private void openLink(String name, List<HtmlScanner.Attribute> attributes) {
        closeLink();
        String href = value(attributes, "href");
        if (href == null) {
            return;
        }
        references.add(new Reference(href.strip(), false));
        if (name.equals("a")) {
            String label = value(attributes, "aria-label");
            link = new OpenLink(href, label == null || label.isBlank() ? null : label, value(attributes, "aria-describedby") != null);
        }
    }

    private void closeLink() {
        if (link == null) {
            return;
        }
        String name = (link.ariaLabel != null ? link.ariaLabel : link.name.toString()).strip();
        name = collapseSpaces(name);
        if (name.isEmpty()) {
            findings.add(new Finding("link without text: " + link.href, "give the link a text that says where it leads",
                    "href:" + link.href));
        } else if (PageAudit.isVague(name) && link.ariaLabel == null && !link.described) {
            findings.add(new Finding("link text \"" + name + "\" says nothing out of context",
                    "say where the link leads, e.g. \"Protokoll der Sitzung\"", "href:" + link.href));
        }
        link = null;
    }

    private void image(List<HtmlScanner.Attribute> attributes) {
        String src = value(attributes, "src");
        String alt = value(attributes, "alt");
        if (alt == null) {
            String shown = src == null ? "" : src;
            findings.add(new Finding("image without alt text: " + shown, "describe the image, or give alt=\"\" if it is decorative",
                    "src:" + shown));
        } else if (link != null) {
            link.name.append(' ').append(alt);
        }
        if (src != null) {
            references.add(new Reference(src.strip(), true));
        }
    }

    private void closeHeading() {
        if (headingText != null) {
            headings.add(new Heading(headingLevel, headingId, collapseSpaces(headingText.toString().strip())));
            headingText = null;
        }
    }

    /** Runs of white space as one space (a cheap check first: most texts have none to collapse). */
    private static String collapseSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r' || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return PageAudit.WHITESPACE.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static String value(List<HtmlScanner.Attribute> attributes, String name) {
        for (HtmlScanner.Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return attribute.value();
            }
        }
        return null;
    }

    private static boolean hasWord(String list, String word) {
        for (String part : list.split("\\s+")) {
            if (part.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
