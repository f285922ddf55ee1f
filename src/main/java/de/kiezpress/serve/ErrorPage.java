package de.kiezpress.serve;

import de.kiezpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The page the preview shows instead of every HTML page while the site does not build: one
 * heading, then each problem with its {@code file:line:col}, its message and the lines of the
 * file around it. It works without the site's stylesheet (which may be what is broken), and it
 * carries the reload script, so the page comes back by itself after the next good save.
 */
final class ErrorPage {
    private static final int MOST_SHOWN = 30;
    private static final int CONTEXT_LINES = 2;
    private static final int LONGEST_LINE = 240;

    private static final String STYLE = """
            :root { color-scheme: light dark; --text: #1b1b1b; --page: #ffffff; --error: #a0001c;
              --warning: #6b4500; --mark: #fff0b3; --code: #f2f2f2; --rule: #767676; }
            @media (prefers-color-scheme: dark) {
              :root { --text: #f0f0f0; --page: #121212; --error: #ff9aa8; --warning: #ffd27a;
                --mark: #4a3b00; --code: #1f1f1f; --rule: #9a9a9a; }
            }
            body { margin: 0; background: var(--page); color: var(--text);
              font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
            h2 { font-size: 1.125rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
            ol { padding-left: 1.5rem; }
            li { margin: 0 0 1.75rem; padding-left: 0.25rem; }
            .error { color: var(--error); }
            .warning { color: var(--warning); }
            .hint { font-style: italic; }
            figure { margin: 0.5rem 0 0; }
            figcaption { font-size: 0.9375rem; }
            pre { background: var(--code); border-left: 4px solid var(--rule); padding: 0.5rem 0.75rem;
              overflow-x: auto; font-size: 0.9375rem; line-height: 1.45; }
            pre:focus-visible { outline: 3px solid var(--text); outline-offset: 2px; }
            mark { background: var(--mark); color: inherit; display: inline-block; min-width: 100%; }
            @media print { pre { white-space: pre-wrap; } }
            """;

    private ErrorPage() {
    }

    /**
     * @param siteDir         where the files the diagnostics name are, for the lines around each problem
     * @param reloadScriptUrl the preview's reload script
     */
    static String render(List<Diagnostic> diagnostics, Path siteDir, PreviewStrings strings, String reloadScriptUrl) {
        List<Diagnostic> shown = diagnostics.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> !d.isError()).thenComparing(Diagnostic.ORDER))
                .toList();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(strings.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>").append(escape(strings.text("preview.error.title"))).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(strings.text("preview.error.heading"))).append("</h1>\n")
                .append("<p>").append(escape(strings.text("preview.error.intro", errors))).append("</p>\n")
                .append("<ol>\n");
        for (Diagnostic diagnostic : shown.subList(0, Math.min(MOST_SHOWN, shown.size()))) {
            problem(html, diagnostic, siteDir, strings);
        }
        html.append("</ol>\n");
        if (shown.size() > MOST_SHOWN) {
            html.append("<p>").append(escape(strings.text("preview.error.more", shown.size() - MOST_SHOWN))).append("</p>\n");
        }
        html.append("<p>").append(escape(strings.text("preview.error.lastGood"))).append("</p>\n")
                .append("</main>\n<script src=\"").append(escape(reloadScriptUrl)).append("\"></script>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private static void problem(StringBuilder html, Diagnostic diagnostic, Path siteDir, PreviewStrings strings) {
        String severity = diagnostic.isError() ? "error" : "warning";
        String where = diagnostic.file().isEmpty() ? ""
                : diagnostic.file() + (diagnostic.position().isKnown()
                ? ":" + diagnostic.position().line() + ":" + diagnostic.position().column() : "");
        html.append("<li>\n<h2><span class=\"").append(severity).append("\">")
                .append(escape(strings.text("preview.error." + severity))).append("</span>");
        if (!where.isEmpty()) {
            html.append(": <code>").append(escape(where)).append("</code>");
        }
        html.append("</h2>\n");
        // the build's messages are English, as in the terminal: marked so, for screen readers
        html.append("<p lang=\"en\">").append(escape(diagnostic.message()));
        if (!diagnostic.hint().isEmpty()) {
            html.append(" <span class=\"hint\">(").append(escape(diagnostic.hint())).append(")</span>");
        }
        html.append("</p>\n");
        excerpt(diagnostic, siteDir).ifPresent(lines -> {
            int first = lines.first();
            int last = first + lines.text().size() - 1;
            html.append("<figure>\n<figcaption>")
                    .append(escape(strings.text("preview.error.excerpt", diagnostic.file(), first, last)))
                    .append("</figcaption>\n<pre tabindex=\"0\"><code>");
            int width = String.valueOf(last).length();
            for (int i = 0; i < lines.text().size(); i++) {
                int number = first + i;
                String line = String.format("%" + width + "d  %s", number, lines.text().get(i));
                if (number == diagnostic.position().line()) {
                    html.append("<mark>").append(escape(line)).append("</mark>\n");
                } else {
                    html.append(escape(line)).append('\n');
                }
            }
            html.append("</code></pre>\n</figure>\n");
        });
        html.append("</li>\n");
    }

    /** Lines of a file, starting at line {@code first}. */
    private record Excerpt(int first, List<String> text) {
    }

    /** The lines around the problem, if it has a line and its file is a readable file of the site. */
    private static Optional<Excerpt> excerpt(Diagnostic diagnostic, Path siteDir) {
        if (diagnostic.file().isEmpty() || !diagnostic.position().isKnown()) {
            return Optional.empty();
        }
        Path site = siteDir.toAbsolutePath().normalize();
        Path file = site.resolve(diagnostic.file()).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // any bytes are shown, as best they can be: a file that is not UTF-8 may be the problem
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            int line = diagnostic.position().line();
            if (line > all.size()) {
                return Optional.empty();
            }
            int from = Math.max(1, line - CONTEXT_LINES);
            int to = Math.min(all.size(), line + CONTEXT_LINES);
            List<String> text = new ArrayList<>();
            for (int n = from; n <= to; n++) {
                String content = all.get(n - 1).replace("\t", "    ");
                text.add(content.length() > LONGEST_LINE ? content.substring(0, LONGEST_LINE) + " …" : content);
            }
            return Optional.of(new Excerpt(from, text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
