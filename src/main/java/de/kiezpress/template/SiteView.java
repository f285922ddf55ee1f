package de.kiezpress.template;

/**
 * What every page knows about the site.
 *
 * @param links         the BITV pages every page links to
 * @param liveReloadUrl the preview server's event stream; null in a real build
 */
public record SiteView(String title, String description, String language, String homeUrl, String searchUrl,
                       String feedUrl, String stylesheetUrl, String publisher, SiteLinksView links,
                       String liveReloadUrl) {

    /** The prefixed URLs of the pages BITV 2.0 asks every page to link to. */
    public record SiteLinksView(String accessibility, String feedback, String easyLanguage, String signLanguage,
                                String imprint, String privacy) {
    }
}
