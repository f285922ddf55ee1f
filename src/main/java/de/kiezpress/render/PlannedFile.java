package de.kiezpress.render;

import de.kiezpress.diag.Diagnostics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One file the build will write, with what it is made from ({@code inputs}): the content files it
 * presents ({@code content/x.md}), the {@link Teaser teasers} of those it lists
 * ({@code teaser:content/x.md}), {@code template:…} names, theme static files, and what it shows of
 * the site beyond its articles, written as a value ({@code listing:/themen/wohnen/ Wohnen pages=3},
 * {@code topic:wohnen=Wohnen}). A preview redoes only what a change touches: a file is made again
 * when one of its inputs changed or its set of inputs did.
 */
public sealed interface PlannedFile permits PlannedFile.Rendered, PlannedFile.Copied {

    /** The path inside the output, e.g. {@code bezirke/neukoelln/index.html}. */
    String path();

    Origin origin();

    Set<String> inputs();

    /** What kind of rendered file this is; pages are audited, redirects and data files are not. */
    enum Kind { PAGE, REDIRECT, DATA }

    /** Produces a rendered file. */
    @FunctionalInterface
    interface Producer {
        /** The file's text (written as UTF-8); empty, with a diagnostic, when it cannot be made. */
        Optional<String> produce(Diagnostics diagnostics);
    }

    /**
     * A file made by kiezpress.
     *
     * @param template  the theme's display path of the page's template, for findings the layout
     *                  causes; empty for data files
     * @param sourceMap where elements of an article's body were written, for the audit; else empty
     */
    record Rendered(String path, Kind kind, Origin origin, Set<String> inputs, Producer producer, String template,
                    Map<String, de.kiezpress.diag.Position> sourceMap) implements PlannedFile {
        public Rendered {
            inputs = Set.copyOf(inputs);
            sourceMap = Map.copyOf(sourceMap);
        }
    }

    /** A file copied as it is: theme static files, files of page bundles, images and attachments. */
    record Copied(String path, Origin origin, Path source, Set<String> inputs) implements PlannedFile {
        public Copied {
            inputs = Set.copyOf(inputs);
        }
    }
}
