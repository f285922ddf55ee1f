package de.kiezpress.serve;

import de.kiezpress.build.Destination;
import de.kiezpress.output.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder the preview serves, while the server reads from it. A full build goes to a staging
 * folder swapped in at the end, like a one-shot build; a partial rebuild keeps its few files in
 * memory until it has succeeded, then puts each in place with an atomic move (a request sees the
 * old file or the new one, never half of one) and removes the files the site no longer has.
 */
final class LiveFolder {
    private final Path root;
    /** The files the site in the folder has, as the last commit left it. */
    private volatile Set<String> present = Set.of();

    LiveFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** For a full build: everything is written, and swapped in on commit. */
    Destination full() {
        Destination staged = Destination.staged(Output.open(root));
        return new Destination() {
            @Override
            public void write(String relativePath, byte[] bytes) {
                staged.write(relativePath, bytes);
            }

            @Override
            public void copy(String relativePath, Path source) {
                staged.copy(relativePath, source);
            }

            @Override
            public void commit(Set<String> planned) {
                staged.commit(planned);
                present = Set.copyOf(planned);
            }

            @Override
            public void abort() {
                staged.abort();
            }
        };
    }

    /** For a partial rebuild: only the files made are written, on commit; the others stay as they are. */
    Destination partial() {
        Map<String, byte[]> written = new ConcurrentHashMap<>();
        Map<String, Path> copied = new ConcurrentHashMap<>();
        return new Destination() {
            private boolean finished;

            @Override
            public void write(String relativePath, byte[] bytes) {
                resolve(relativePath);
                written.put(relativePath, bytes);
            }

            @Override
            public void copy(String relativePath, Path source) {
                resolve(relativePath);
                copied.put(relativePath, source);
            }

            @Override
            public void commit(Set<String> planned) {
                if (finished) {
                    throw new IllegalStateException("already finished");
                }
                finished = true;
                // removals first: a file that is gone may stand where a new folder goes, and the reverse
                Set<String> gone = new HashSet<>();
                for (String path : present) {
                    if (!planned.contains(path)) {
                        gone.add(path);
                    }
                }
                gone.forEach(LiveFolder.this::delete);
                written.forEach((path, bytes) -> replace(path, temporary -> Files.write(temporary, bytes)));
                copied.forEach((path, source) -> replace(path,
                        temporary -> Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING)));
                // as many files, none of them gone: the same files (the usual edit)
                if (!gone.isEmpty() || planned.size() != present.size()) {
                    present = Set.copyOf(planned);
                }
            }

            @Override
            public void abort() {
                finished = true;
                written.clear();
                copied.clear();
            }
        };
    }

    /** How a file's new content is put into a temporary file beside it. */
    @FunctionalInterface
    private interface Filler {
        void fill(Path temporary) throws IOException;
    }

    private void replace(String relativePath, Filler filler) {
        Path target = resolve(relativePath);
        Path temporary = target.resolveSibling(".kiezpress-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            filler.fill(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a leftover temporary file is hidden and harmless
            }
        }
    }

    /** Deletes a file and the folders it leaves empty. */
    private void delete(String relativePath) {
        Path target = resolve(relativePath);
        try {
            Files.deleteIfExists(target);
            for (Path folder = target.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + target, e);
        }
    }

    private Path resolve(String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!Output.isSafe(relativePath) || !target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the preview's folder: " + relativePath);
        }
        return target;
    }
}
