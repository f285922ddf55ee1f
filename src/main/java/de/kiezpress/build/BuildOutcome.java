package de.kiezpress.build;

import java.util.Optional;

/**
 * A build's result, and for a good build what a later build may take over from it.
 *
 * @param snapshot empty when the build failed
 */
public record BuildOutcome(BuildResult result, Optional<BuildSnapshot> snapshot) {
}
