package de.kiezpress.markdown;

import java.nio.file.Path;
import java.util.Optional;

/** Answers where a content file is published, so links between Markdown files can become URLs. */
@FunctionalInterface
public interface LinkTargets {

    /**
     * @param url       the target's site path; null when the file has errors of its own (and no URL)
     * @param published whether it is part of this build (false for drafts, future or expired articles)
     */
    record Target(String url, boolean published) {
        /** A content file that exists but could not be read: its own errors say why. */
        public static Target broken() {
            return new Target(null, false);
        }

        public boolean isBroken() {
            return url == null;
        }
    }

    /** The target of the content file at {@code file} (absolute, normalised), if there is such a file. */
    Optional<Target> find(Path file);
}
