package de.kiezpress.markdown;

import java.nio.file.Path;
import java.util.Optional;

/** Answers where a content file is published, so links between Markdown files can become URLs. */
@FunctionalInterface
public interface LinkTargets {

    /**
     * @param url       the target's site path
     * @param published whether it is part of this build (false for drafts, future or expired articles)
     */
    record Target(String url, boolean published) {
    }

    /** The target of the content file at {@code file} (absolute, normalised), if there is such a file. */
    Optional<Target> find(Path file);
}
