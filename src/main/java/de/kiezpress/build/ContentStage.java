package de.kiezpress.build;

import de.kiezpress.content.load.ContentLoader;
import de.kiezpress.diag.Diagnostics;
import java.util.List;
import java.util.Optional;

/** Reads content/: every Markdown file found, loaded again only when it may have changed since the last good build. */
final class ContentStage {
    private ContentStage() {
    }

    static List<LoadedFile> load(ContentLoader loader, Optional<BuildSnapshot> previous, Reuse reuse,
                                 Diagnostics diagnostics) {
        List<LoadedFile> loaded = loader.findCandidates(diagnostics).parallelStream().map(candidate -> {
            // the fingerprint is taken before reading, so a save during the read shows as a change next time
            Fingerprint fingerprint = Fingerprint.of(candidate.file());
            Optional<LoadedFile> before = previous.map(p -> p.files().get(candidate.file()))
                    .filter(f -> f.candidate().equals(candidate) && f.fingerprint().equals(fingerprint)
                            && !fingerprint.equals(Fingerprint.MISSING) && !reuse.contentChanged(candidate.file()));
            if (before.isPresent()) {
                return before.get();
            }
            Diagnostics own = new Diagnostics();
            return new LoadedFile(candidate, fingerprint, loader.load(candidate, own), own.sorted());
        }).toList();
        loaded.forEach(file -> diagnostics.addAll(file.diagnostics()));
        return loaded;
    }
}
