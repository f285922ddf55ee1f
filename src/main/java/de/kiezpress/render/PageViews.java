package de.kiezpress.render;

import de.kiezpress.template.I18n;
import de.kiezpress.template.Link;
import de.kiezpress.template.PageView;
import de.kiezpress.template.ViewFactory;
import java.util.List;

/** Builds the layout's {@link PageView}: titles, canonical URL, breadcrumbs and feeds of a page. */
final class PageViews {
    private final ViewFactory views;
    private final I18n i18n;
    private final String siteTitle;

    PageViews(ViewFactory views, String siteTitle) {
        this.views = views;
        this.i18n = views.i18n();
        this.siteTitle = siteTitle;
    }

    /** A page builder; everything optional defaults to "none". */
    Builder page(String kind, String url, String heading) {
        return new Builder(kind, url, heading);
    }

    Link crumb(String key, String url) {
        return new Link(i18n.text(key), views.link(url));
    }

    Link home() {
        return crumb("nav.home", "/");
    }

    /** Collects the parts of one page view. */
    final class Builder {
        private final String kind;
        private final String url;
        private final String heading;
        private String titleText;
        private String description;
        private String lang;
        private String section = "";
        private List<Link> breadcrumbs = List.of();
        private List<Link> alternates = List.of();
        private String previousUrl;
        private String nextUrl;
        private String ogType = "website";
        private String ogImage;
        private String ogImageAlt;
        private String jsonLd;
        private String banner;
        private boolean noindex;

        private Builder(String kind, String url, String heading) {
            this.kind = kind;
            this.url = url;
            this.heading = heading;
            this.titleText = heading;
        }

        /** The page number, for the second and later pages of a list ("Neukölln – Seite 2"). */
        Builder pageNumber(int number) {
            if (number > 1) {
                titleText = i18n.text("title.page", heading, number);
            }
            return this;
        }

        Builder description(String text) {
            this.description = text == null || text.isBlank() ? null : text;
            return this;
        }

        Builder lang(String language) {
            this.lang = language;
            return this;
        }

        Builder section(String name) {
            this.section = name;
            return this;
        }

        Builder breadcrumbs(List<Link> crumbs) {
            this.breadcrumbs = crumbs;
            return this;
        }

        Builder alternates(List<Link> feeds) {
            this.alternates = feeds;
            return this;
        }

        Builder previousAndNext(String previous, String next) {
            this.previousUrl = previous;
            this.nextUrl = next;
            return this;
        }

        Builder article(String image, String imageAlt, String structuredData) {
            this.ogType = "article";
            this.ogImage = image;
            this.ogImageAlt = imageAlt;
            this.jsonLd = structuredData;
            return this;
        }

        Builder banner(String text) {
            this.banner = text;
            return this;
        }

        Builder noindex() {
            this.noindex = true;
            return this;
        }

        PageView build() {
            String documentTitle = kind.equals("home") ? siteTitle : titleText + i18n.text("title.separator") + siteTitle;
            return new PageView(kind, documentTitle, heading, description, views.link(url), views.absolute(url), lang,
                    section, breadcrumbs, alternates, previousUrl, nextUrl, ogType, ogImage, ogImageAlt, jsonLd, banner,
                    noindex);
        }
    }
}
