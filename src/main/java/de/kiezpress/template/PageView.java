package de.kiezpress.template;

import java.util.List;

/**
 * What the layout needs to know about the page being rendered.
 *
 * @param documentTitle the {@code <title>}: page title and site name
 * @param heading       the page's only {@code h1}
 * @param canonicalUrl  absolute URL of this page
 * @param lang          the language of the main content when it differs from the site's, else null
 * @param section       which main navigation entry is current ("home", "press-releases", …)
 * @param breadcrumbs   from home to the parent; empty on the home page
 * @param alternates    feeds that belong to this page
 * @param banner        "Entwurf"/"Geplant für …" banner text in previews, else null
 */
public record PageView(String kind, String documentTitle, String heading, String description, String url,
                       String canonicalUrl, String lang, String section, List<Link> breadcrumbs,
                       List<Link> alternates, String previousUrl, String nextUrl, String ogType, String ogImage,
                       String ogImageAlt, String jsonLd, String banner, boolean noindex) {
    public PageView {
        breadcrumbs = List.copyOf(breadcrumbs);
        alternates = List.copyOf(alternates);
    }
}
