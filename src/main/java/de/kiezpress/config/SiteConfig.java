package de.kiezpress.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything kiezpress.yaml says, validated and with defaults filled in.
 *
 * @param districts the names an article's {@code district} may take, in display order
 * @param pageSize  listing items per page
 * @param feedSize  entries per Atom feed
 */
public record SiteConfig(String title, Optional<String> description, BaseUrl baseUrl, String language,
                         ZoneId timeZone, List<String> districts, int pageSize, int feedSize, String theme,
                         boolean unsafeHtml, Publisher publisher, SiteLinks links, RelatedConfig related) {

    /** Berlin's twelve districts (official numbering) and "Berlin" for city-wide news. */
    public static final List<String> BERLIN_DISTRICTS = List.of("Mitte", "Friedrichshain-Kreuzberg", "Pankow",
            "Charlottenburg-Wilmersdorf", "Spandau", "Steglitz-Zehlendorf", "Tempelhof-Schöneberg", "Neukölln",
            "Treptow-Köpenick", "Marzahn-Hellersdorf", "Lichtenberg", "Reinickendorf", "Berlin");

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        districts = List.copyOf(districts);
        if (pageSize < 1 || feedSize < 1) {
            throw new IllegalArgumentException("pageSize and feedSize must be positive");
        }
    }

    /** A minimal valid configuration, for tests and tools. */
    public static SiteConfig of(String title, BaseUrl baseUrl) {
        return new SiteConfig(title, Optional.empty(), baseUrl, "de", ZoneId.of("Europe/Berlin"), BERLIN_DISTRICTS,
                10, 20, "default", false, new Publisher(title, Optional.empty(), Optional.empty()), SiteLinks.DEFAULT,
                RelatedConfig.DEFAULTS);
    }

    public SiteConfig withBaseUrl(BaseUrl newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, language, timeZone, districts, pageSize, feedSize, theme,
                unsafeHtml, publisher, links, related);
    }
}
