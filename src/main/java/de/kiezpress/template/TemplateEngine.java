package de.kiezpress.template;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Pebble with autoescaping on, strict variables, and templates compiled once and shared by all
 * rendering threads. Template mistakes become diagnostics with the template's file and line.
 */
public final class TemplateEngine {
    private final PebbleEngine engine;
    private final Theme theme;
    private final I18n i18n;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    public TemplateEngine(Theme theme, I18n i18n, BaseUrl baseUrl) {
        this.theme = theme;
        this.i18n = i18n;
        this.engine = new PebbleEngine.Builder()
                .loader(new ThemeLoader(theme))
                .autoEscaping(true)
                .addEscapingStrategy(HtmlEscaping.NAME, HtmlEscaping::escape)
                .defaultEscapingStrategy(HtmlEscaping.NAME)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(i18n.locale())
                .extension(new KiezpressExtension(i18n, baseUrl))
                .build();
    }

    public I18n i18n() {
        return i18n;
    }

    public Theme theme() {
        return theme;
    }

    /** Compiles every template of the theme, so syntax errors show before anything renders. */
    public boolean compileAll(Diagnostics diagnostics) {
        boolean ok = true;
        for (String name : templateNames()) {
            ok &= compile(name, diagnostics).isPresent();
        }
        return ok;
    }

    /** Whether the theme has a template of that name. */
    public boolean has(String name) {
        return theme.find("templates/" + name).isPresent();
    }

    /** Renders {@code name}; empty (with a diagnostic) when the template fails. */
    public Optional<String> render(String name, Map<String, Object> context, Diagnostics diagnostics) {
        Optional<PebbleTemplate> template = compile(name, diagnostics);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.get().evaluate(out, context);
            return Optional.of(out.toString());
        } catch (PebbleException e) {
            report(name, e, diagnostics);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<PebbleTemplate> compile(String name, Diagnostics diagnostics) {
        PebbleTemplate template = compiled.get(name);
        if (template != null) {
            return Optional.of(template);
        }
        try {
            template = engine.getTemplate(name);
            compiled.putIfAbsent(name, template);
            return Optional.of(template);
        } catch (PebbleException e) {
            report(name, e, diagnostics);
            return Optional.empty();
        }
    }

    private void report(String name, PebbleException e, Diagnostics diagnostics) {
        String file = e.getFileName() != null ? e.getFileName() : name;
        String shown = theme.find("templates/" + file).map(theme::displayPath).orElse("templates/" + file);
        Integer line = e.getLineNumber();
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getMessage();
        }
        diagnostics.error(shown, line != null && line > 0 ? Position.line(line) : Position.UNKNOWN,
                "template error: " + message);
    }

    private List<String> templateNames() {
        return theme.layers().stream()
                .map(layer -> layer.root().resolve("templates"))
                .filter(Files::isDirectory)
                .flatMap(dir -> {
                    try (Stream<Path> walk = Files.walk(dir)) {
                        return walk.filter(p -> p.toString().endsWith(".peb"))
                                .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList().stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list " + dir, e);
                    }
                })
                .distinct().sorted().toList();
    }
}
