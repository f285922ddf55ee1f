package de.kiezpress.content.load;

import de.kiezpress.content.Resource;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a file named in front matter ({@code image.src}, {@code attachments[].file}) against
 * the Markdown file's folder. The file must exist and stay inside content/; it is published in
 * the article's own folder, so nothing can be written outside the destination.
 */
final class ResourceResolver {
    private final Path contentRoot;
    private final Diagnostics diagnostics;

    ResourceResolver(Path contentRoot, Diagnostics diagnostics) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
    }

    /**
     * @param markdownFile the article's file
     * @param outputDir    the article's output folder, e.g. {@code pressemitteilungen/2022/x/}
     */
    Optional<Resource> resolve(Path markdownFile, String outputDir, String written, String key, String file,
                               Position position) {
        String value = written.strip();
        if (value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || value.startsWith("//")) {
            diagnostics.error(file, position, key + ": \"" + value + "\" is a web address; name a file of the site",
                    "put the file beside the article and write its name; the site loads nothing from other hosts");
            return Optional.empty();
        }
        if (value.startsWith("/") || value.contains("\\")) {
            diagnostics.error(file, position, key + ": \"" + value + "\" must be a path relative to the article's file",
                    "put the file beside the article (in its bundle folder) and write its name");
            return Optional.empty();
        }
        Path folder = markdownFile.toAbsolutePath().normalize().getParent();
        Path target;
        try {
            target = folder.resolve(value).normalize();
        } catch (InvalidPathException e) {
            diagnostics.error(file, position, key + ": \"" + value + "\" is not a valid file name");
            return Optional.empty();
        }
        if (!target.startsWith(contentRoot)) {
            diagnostics.error(file, position, key + ": \"" + value + "\" points outside the content folder",
                    "keep published files inside content/, beside the article");
            return Optional.empty();
        }
        if (!Files.isRegularFile(target)) {
            diagnostics.error(file, position, key + ": file \"" + value + "\" not found",
                    "expected at " + contentRoot.getParent().relativize(target).toString().replace('\\', '/'));
            return Optional.empty();
        }
        if (!isReallyInside(target, contentRoot)) {
            diagnostics.error(file, position, key + ": \"" + value + "\" points outside the content folder",
                    "keep published files inside content/, beside the article");
            return Optional.empty();
        }
        Path relative = folder.relativize(target);
        String name = target.startsWith(folder) ? relative.toString().replace('\\', '/') : target.getFileName().toString();
        return Optional.of(new Resource(target, outputDir + name));
    }

    /**
     * Whether {@code file} is inside {@code folder} once symbolic links are followed: a link in
     * content/ to /etc/passwd passes the check on the written path, and would be published.
     */
    static boolean isReallyInside(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
