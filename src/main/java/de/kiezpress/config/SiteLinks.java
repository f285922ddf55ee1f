package de.kiezpress.config;

/**
 * Site paths of the pages every page must link to (BITV 2.0 § 7, BIKTG Bln § 5): accessibility
 * statement, feedback, Leichte Sprache, Gebärdensprache, Impressum and Datenschutz.
 */
public record SiteLinks(String accessibility, String feedback, String easyLanguage, String signLanguage,
                        String imprint, String privacy) {
    public static final SiteLinks DEFAULT = new SiteLinks("/barrierefreiheit/", "/barrierefreiheit/#barriere-melden",
            "/leichte-sprache/", "/gebaerdensprache/", "/impressum/", "/datenschutz/");
}
