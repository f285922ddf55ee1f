package de.kiezpress.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the site will live, e.g. {@code https://example.org/sozialraum/}: an origin and a path
 * that every link, asset and feed entry is prefixed with.
 *
 * @param origin   scheme, host and port, without a trailing slash ({@code https://example.org})
 * @param basePath the path, starting and ending with {@code /} ({@code /sozialraum/})
 */
public record BaseUrl(String origin, String basePath) {
    public BaseUrl {
        if (origin.endsWith("/")) {
            throw new IllegalArgumentException("origin must not end with /: " + origin);
        }
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with /: " + basePath);
        }
    }

    /** Parses an absolute http(s) URL; empty if it is not one. */
    public static Optional<BaseUrl> parse(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            return Optional.of(new BaseUrl(origin, path));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The same site served elsewhere, e.g. by the preview server. */
    public BaseUrl withOrigin(String newOrigin) {
        return new BaseUrl(newOrigin, basePath);
    }

    /** A site path ({@code /bezirke/}) as the link to print ({@code /sozialraum/bezirke/}). */
    public String link(String sitePath) {
        if (sitePath.startsWith("/")) {
            return basePath + sitePath.substring(1);
        }
        return sitePath;
    }

    /** A site path as an absolute URL, for feeds, sitemaps and canonical links. */
    public String absolute(String sitePath) {
        return origin + link(sitePath);
    }

    @Override
    public String toString() {
        return origin + basePath;
    }
}
