package de.kiezpress.content;

/** The URL scheme of SPEC.md: one place that knows where each kind of article lives. */
public final class Permalinks {
    private Permalinks() {
    }

    /** {@code /pressemitteilungen/{year}/{slug}/}, {@code /sitzungsberichte/{year}/{slug}/} or {@code /{slug}/}. */
    public static String of(ArticleType type, int year, String slug) {
        return switch (type) {
            case PRESS_RELEASE, MEETING_REPORT -> "/" + type.folder() + "/" + year + "/" + slug + "/";
            case PAGE -> "/" + slug + "/";
        };
    }

    /** The file a site path is written to: {@code /a/b/} → {@code a/b/index.html}. */
    public static String outputFile(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        return path;
    }
}
