package de.kiezpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a site's kiezpress.yaml, content/ and themes/ (every folder inside, also those made
 * after the start) and hands out what changed in bursts: an editor's save is often several
 * events (a temporary file, a rename, a change of attributes), and a rebuild per event would
 * show half-saved states.
 */
final class SiteWatcher implements AutoCloseable {
    private static final List<String> WATCHED_FOLDERS = List.of("content", "themes");

    private final Path siteDir;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quiet;
    private final Duration longest;

    /**
     * @param quiet   how long no event must come before a burst counts as over
     * @param longest how long a burst may last at most, so a file written without pause still gets built
     */
    SiteWatcher(Path siteDir, Duration quiet, Duration longest) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.longest = longest;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            register(this.siteDir);
            for (String folder : WATCHED_FOLDERS) {
                registerTree(this.siteDir.resolve(folder), new LinkedHashSet<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + siteDir, e);
        }
    }

    /**
     * Waits for the next burst of changes and returns it; empty when the watcher was closed.
     * Changes to files no build reads (editors' temporary and backup files) are left out.
     */
    Optional<ChangeSet> next() {
        Set<Path> changed = new LinkedHashSet<>();
        boolean lost;
        try {
            WatchKey first = service.take();
            lost = collect(first, changed);
            long end = System.nanoTime() + longest.toNanos();
            WatchKey key;
            while (System.nanoTime() < end && (key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                lost |= collect(key, changed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
        if (lost) {
            return Optional.of(ChangeSet.EVERYTHING);
        }
        return Optional.of(ChangeSet.of(siteDir, changed));
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only releases its handles
        }
    }

    /** Adds the paths of one folder's events; true when events were lost (the system's queue overflowed). */
    private boolean collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                lost = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isIgnored(path)) {
                continue;
            }
            if (folder.equals(siteDir) && !isWatchedAtTop(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                // files may have been written into the new folder before it was registered
                lost |= !registerTree(path, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return lost;
    }

    private boolean isWatchedAtTop(Path path) {
        String name = path.getFileName().toString();
        return name.equals("kiezpress.yaml") || WATCHED_FOLDERS.contains(name);
    }

    /** Registers {@code root} and every folder inside it, adding the files found to {@code found}; false if that failed. */
    private boolean registerTree(Path root, Set<Path> found) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            // watched before it is listed: what appears meanwhile is either listed or an event, never lost
            register(root);
            List<Path> children;
            try (Stream<Path> list = Files.list(root)) {
                children = list.filter(p -> !isIgnored(p)).toList();
            }
            for (Path child : children) {
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    if (!registerTree(child, found)) {
                        return false;
                    }
                } else {
                    found.add(child);
                }
            }
            return true;
        } catch (NoSuchFileException e) {
            // the folder went away again; its removal is an event of its parent
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        folders.put(key, folder);
    }

    /**
     * Files that no build reads: hidden files and folders (Emacs' {@code .#x} locks, Vim's
     * {@code .x.swp}, {@code .git}), backups ({@code x~}), Vim's write test {@code 4913} and other
     * swap and temporary files.
     */
    private boolean isIgnored(Path path) {
        Path relative = siteDir.relativize(path);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return isTemporary(path.getFileName().toString());
    }

    static boolean isTemporary(String name) {
        return name.endsWith("~") || name.equals("4913") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".swo") || name.endsWith(".tmp")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }
}
