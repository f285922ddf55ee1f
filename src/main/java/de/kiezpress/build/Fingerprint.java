package de.kiezpress.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What a file looked like when a build read it: size, modification time and identity (an editor
 * that saves by renaming a new file into place changes the identity even within one clock tick).
 * Two equal fingerprints mean "very likely unchanged"; the preview adds what its watcher saw.
 *
 * @param fileKey the file system's identity of the file (an inode), or null where there is none
 */
public record Fingerprint(long size, long modifiedNanos, Object fileKey) {
    /** A file that could not be read. */
    public static final Fingerprint MISSING = new Fingerprint(-1, -1, null);

    public static Fingerprint of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Fingerprint(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    attributes.fileKey());
        } catch (IOException e) {
            return MISSING;
        }
    }
}
