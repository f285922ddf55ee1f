package de.kiezpress.build;

import de.kiezpress.config.SiteConfig;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.template.I18n;
import de.kiezpress.template.TemplateEngine;
import de.kiezpress.template.Theme;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The theme with its compiled templates and strings, and the problems they have. The theme keeps
 * its own collector because strings are looked up while pages render: a missing string is
 * reported into it then, and a later build that reuses the theme reports it again from there.
 *
 * @param templates   empty when the theme cannot be found or compiled
 * @param templateIds the ids the templates write literally, which headings must not take
 */
public record LoadedTheme(Optional<TemplateEngine> templates, Diagnostics diagnostics, Set<String> templateIds) {
    public LoadedTheme {
        templateIds = Set.copyOf(templateIds);
    }

    /** Loads and compiles the theme {@code config} names. */
    public static LoadedTheme load(Path source, SiteConfig config) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<TemplateEngine> templates = Theme.load(source, config.theme(), diagnostics)
                .map(theme -> new TemplateEngine(theme, I18n.load(theme, config.language(), diagnostics), config.baseUrl()))
                .filter(engine -> engine.compileAll(diagnostics));
        return new LoadedTheme(templates, diagnostics, templates.map(t -> t.theme().templateIds()).orElse(Set.of()));
    }

    /** Whether pages can be rendered with it: it was found, compiled, and has no errors. */
    public boolean usable() {
        return templates.isPresent() && !diagnostics.hasErrors();
    }

    public TemplateEngine requireTemplates() {
        return templates.orElseThrow(() -> new IllegalStateException("the theme could not be loaded"));
    }
}
