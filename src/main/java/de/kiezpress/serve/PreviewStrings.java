package de.kiezpress.serve;

import de.kiezpress.diag.Diagnostics;
import de.kiezpress.template.I18n;
import de.kiezpress.template.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strings of the preview's own pages ({@code preview.…} in the theme's i18n files): from the
 * site's theme when it has them, else from the theme built into kiezpress, which is there even
 * when the site's theme is the very thing that is broken.
 */
final class PreviewStrings {
    private final List<I18n> sources = new ArrayList<>();
    private final String language;

    PreviewStrings(Optional<I18n> site, Fallback fallback, String language) {
        site.ifPresent(sources::add);
        fallback.strings(language).ifPresent(sources::add);
        if (!language.equals("de")) {
            fallback.strings("de").ifPresent(sources::add);
        }
        this.language = sources.isEmpty() ? "de" : sources.get(0).language();
    }

    String language() {
        return language;
    }

    /** The string for {@code key} with its placeholders filled; the key itself if no theme has it. */
    String text(String key, Object... args) {
        for (I18n strings : sources) {
            if (strings.has(key)) {
                return strings.text(key, args);
            }
        }
        return key;
    }

    /** The built-in theme's strings, loaded once per language and session. */
    static final class Fallback {
        private final Path folderWithoutThemes;
        private final Map<String, Optional<I18n>> loaded = new ConcurrentHashMap<>();

        /** @param folderWithoutThemes a folder with no themes/ inside, so that the built-in theme is found */
        Fallback(Path folderWithoutThemes) {
            this.folderWithoutThemes = folderWithoutThemes;
        }

        Optional<I18n> strings(String language) {
            return loaded.computeIfAbsent(language, l -> {
                Diagnostics ignored = new Diagnostics();
                return Theme.load(folderWithoutThemes, "default", ignored)
                        .filter(theme -> !theme.i18nFiles(l).isEmpty())
                        .map(theme -> I18n.load(theme, l, ignored));
            });
        }
    }
}
