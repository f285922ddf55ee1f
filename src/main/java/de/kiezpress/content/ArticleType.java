package de.kiezpress.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an article is; each type has its front-matter name and its folder (and URL section). */
public enum ArticleType {
    PRESS_RELEASE("press-release", "pressemitteilungen"),
    MEETING_REPORT("meeting-report", "sitzungsberichte"),
    PAGE("page", "seiten");

    private final String key;
    private final String folder;

    ArticleType(String key, String folder) {
        this.key = key;
        this.folder = folder;
    }

    /** The name used in front matter ({@code type: meeting-report}). */
    public String key() {
        return key;
    }

    /** The top folder under content/ and, for news, the URL section. */
    public String folder() {
        return folder;
    }

    /** News appear in listings, archive and feeds; pages do not. */
    public boolean isNews() {
        return this != PAGE;
    }

    public static Optional<ArticleType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static Optional<ArticleType> fromFolder(String folder) {
        return Arrays.stream(values()).filter(t -> t.folder.equals(folder)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ArticleType::key).toList();
    }

    public static List<ArticleType> news() {
        return List.of(PRESS_RELEASE, MEETING_REPORT);
    }
}
