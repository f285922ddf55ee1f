package de.kiezpress.serve;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in a site since its last good build, sorted by what it means for a rebuild.
 *
 * @param paths          every changed file or folder, absolute
 * @param markdown       changed Markdown files under content/
 * @param contentOther   whether anything else under content/ changed (an image, an attachment, a folder)
 * @param templates      changed template names, as pages name them ({@code article.peb}, {@code partials/item.peb})
 * @param themeOther     whether another file of a theme changed: strings, theme.yaml, static files
 * @param themeStrings   whether strings or a theme.yaml changed, which every page may show
 * @param everything     kiezpress.yaml changed, or the watcher lost track: only a full build is safe
 */
public record ChangeSet(Set<Path> paths, Set<Path> markdown, boolean contentOther, Set<String> templates,
                        boolean themeOther, boolean themeStrings, boolean everything) {
    public static final ChangeSet NONE = new ChangeSet(Set.of(), Set.of(), false, Set.of(), false, false, false);
    public static final ChangeSet EVERYTHING = new ChangeSet(Set.of(), Set.of(), false, Set.of(), false, false, true);

    public ChangeSet {
        paths = Set.copyOf(paths);
        markdown = Set.copyOf(markdown);
        templates = Set.copyOf(new TreeSet<>(templates));
    }

    /** Sorts changed paths of the site in {@code siteDir} by what they are. */
    public static ChangeSet of(Path siteDir, Collection<Path> changed) {
        Path site = siteDir.toAbsolutePath().normalize();
        Set<Path> paths = new HashSet<>();
        Set<Path> markdown = new HashSet<>();
        Set<String> templates = new HashSet<>();
        boolean contentOther = false;
        boolean themeOther = false;
        boolean themeStrings = false;
        boolean everything = false;
        for (Path path : changed) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(site) || absolute.equals(site)) {
                continue;
            }
            paths.add(absolute);
            Path relative = site.relativize(absolute);
            String top = relative.getName(0).toString();
            if (relative.getNameCount() == 1 && top.equals("kiezpress.yaml")) {
                everything = true;
            } else if (top.equals("content")) {
                if (isMarkdown(absolute)) {
                    markdown.add(absolute);
                } else {
                    contentOther = true;
                }
            } else if (top.equals("themes")) {
                if (relative.getNameCount() <= 2) {
                    // a whole theme, or all of them, appeared or went away
                    themeOther = true;
                    themeStrings = true;
                } else if (relative.getNameCount() >= 4 && relative.getName(2).toString().equals("templates")) {
                    templates.add(relative.subpath(3, relative.getNameCount()).toString().replace('\\', '/'));
                } else if (relative.getName(2).toString().equals("static")) {
                    themeOther = true;
                } else {
                    themeOther = true;
                    themeStrings = true;
                }
            }
        }
        return new ChangeSet(paths, markdown, contentOther, templates, themeOther, themeStrings, everything);
    }

    public ChangeSet merge(ChangeSet other) {
        Set<Path> allPaths = new HashSet<>(paths);
        allPaths.addAll(other.paths);
        Set<Path> allMarkdown = new HashSet<>(markdown);
        allMarkdown.addAll(other.markdown);
        Set<String> allTemplates = new HashSet<>(templates);
        allTemplates.addAll(other.templates);
        return new ChangeSet(allPaths, allMarkdown, contentOther || other.contentOther, allTemplates,
                themeOther || other.themeOther, themeStrings || other.themeStrings, everything || other.everything);
    }

    public boolean isEmpty() {
        return paths.isEmpty() && !everything;
    }

    /** Whether a theme file changed, so the theme must be loaded again. */
    public boolean themeChanged() {
        return !templates.isEmpty() || themeOther || themeStrings;
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown");
    }
}
