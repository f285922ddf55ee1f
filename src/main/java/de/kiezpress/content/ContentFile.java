package de.kiezpress.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * One loaded content file before its Markdown is rendered.
 *
 * @param sourcePath the path shown in messages, relative to the site ({@code content/x/y.md})
 * @param file       the Markdown file on disk
 * @param url        its site path, e.g. {@code /pressemitteilungen/2022/slug/}
 * @param resources  files published with it (bundle files, image, attachments)
 * @param markdown   the body after the front matter
 * @param bodyLine   the line of the file the body starts at (for Markdown positions)
 */
public record ContentFile(String sourcePath, Path file, FrontMatter meta, String slug, String url,
                          List<Resource> resources, String markdown, int bodyLine) {
    /** Newest first, then by slug, then by URL: a total, stable order. */
    public static final Comparator<ContentFile> NEWEST_FIRST = Comparator
            .comparing((ContentFile f) -> f.meta().date().map(ContentDate::zoned).orElse(null),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ContentFile::slug)
            .thenComparing(ContentFile::url);

    public ContentFile {
        resources = List.copyOf(resources);
    }
}
