package de.kiezpress.template;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lets Pebble find templates in the theme's layers: {@code base.peb} is {@code templates/base.peb} of the first layer that has it. */
final class ThemeLoader implements Loader<String> {
    private final Theme theme;

    ThemeLoader(Theme theme) {
        this.theme = theme;
    }

    @Override
    public Reader getReader(String name) {
        Path file = theme.find("templates/" + name)
                .orElseThrow(() -> new LoaderException(null, "template \"" + name + "\" not found in the theme"));
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template " + file);
        }
    }

    @Override
    public void setCharset(String charset) {
        // templates are always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // the theme decides where templates live
    }

    @Override
    public void setSuffix(String suffix) {
        // names are written with their extension
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath.startsWith("./") || relativePath.startsWith("../")) {
            Path anchorDir = Path.of(anchorPath).getParent();
            Path resolved = (anchorDir == null ? Path.of(relativePath) : anchorDir.resolve(relativePath)).normalize();
            return resolved.toString().replace('\\', '/');
        }
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return theme.find("templates/" + templateName).isPresent();
    }
}
