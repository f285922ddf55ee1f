package de.kiezpress.build;

import de.kiezpress.content.load.ContentLoader;
import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads content/: every Markdown file found, loaded again only when it may have changed since the last good build. */
final class ContentStage {
    private ContentStage() {
    }

    /**
     * The files found, each loaded or taken over.
     *
     * @param search what searching content/ found to warn about (Markdown hidden in bundles)
     */
    record Content(List<LoadedFile> files, List<Diagnostic> search) {
        Content {
            files = List.copyOf(files);
            search = List.copyOf(search);
        }
    }

    static Content load(ContentLoader loader, Optional<BuildSnapshot> previous, Reuse reuse, Diagnostics diagnostics) {
        Optional<BuildSnapshot> sameFiles = previous.filter(p -> reuse.sameFiles());
        List<ContentLoader.Candidate> candidates;
        List<Diagnostic> search;
        if (sameFiles.isPresent()) {
            candidates = sameFiles.get().files().values().stream().map(LoadedFile::candidate)
                    .sorted(Comparator.comparing(c -> c.file().toString())).toList();
            search = sameFiles.get().search();
        } else {
            Diagnostics found = new Diagnostics();
            candidates = loader.findCandidates(found);
            search = found.sorted();
        }
        List<LoadedFile> loaded = candidates.parallelStream().map(candidate -> {
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
        diagnostics.addAll(search);
        loaded.forEach(file -> diagnostics.addAll(file.diagnostics()));
        return new Content(loaded, search);
    }
}
