package de.kiezpress.build;

import de.kiezpress.content.ContentFile;
import de.kiezpress.content.load.ContentLoader;
import de.kiezpress.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * One Markdown file as a build loaded it, with the problems loading it found, so a later build
 * can take it over unchanged (problems included) when the file has not changed.
 *
 * @param file empty when the file has errors
 */
public record LoadedFile(ContentLoader.Candidate candidate, Fingerprint fingerprint, Optional<ContentFile> file,
                         List<Diagnostic> diagnostics) {
    public LoadedFile {
        diagnostics = List.copyOf(diagnostics);
    }
}
